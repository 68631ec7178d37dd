import type { ReactNode } from 'react'
import { Card, Col, Form, Row, type FormRule } from 'antd'
import type { PersonScalars } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { PERSON_FIELD_SPECS } from '../../../../../shared/persons/fieldSpecs'
import { dateRule, maxRule } from './fieldRules'

const label = t.persons.fieldLabels

/** One card of the form; fields flow three to a row on a desktop screen. */
export function FormSection({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <Card id={`person-form-${id}`} size="small" title={title} style={{ marginBottom: 12 }}>
      <Row gutter={16}>{children}</Row>
    </Card>
  )
}

/**
 * A scalar field of the record with its Chinese label and the checks its spec implies
 * (length, date). `wide` takes a whole row.
 */
export function Field({
  name,
  children,
  rules = [],
  wide,
  extra,
  span = 8,
}: {
  name: keyof PersonScalars
  children: ReactNode
  rules?: FormRule[]
  wide?: boolean
  extra?: ReactNode
  span?: number
}) {
  const spec = PERSON_FIELD_SPECS[name]
  const implied: FormRule[] = []
  if (spec.kind === 'text' || spec.kind === 'longText') implied.push(maxRule(label[name], spec.max))
  if (spec.kind === 'date') implied.push(dateRule(label[name]))
  return (
    <Col xs={24} md={wide ? 24 : 12} xl={wide ? 24 : span}>
      <Form.Item name={name} label={label[name]} rules={[...rules, ...implied]} extra={extra}>
        {children}
      </Form.Item>
    </Col>
  )
}

/** A cell of the grid for something that is not a plain scalar field. */
export function Cell({
  children,
  wide,
  span = 8,
}: {
  children: ReactNode
  wide?: boolean
  span?: number
}) {
  return (
    <Col xs={24} md={wide ? 24 : 12} xl={wide ? 24 : span}>
      {children}
    </Col>
  )
}
