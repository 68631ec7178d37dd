import type { ReactNode } from 'react'
import { Form, type FormRule } from 'antd'
import type { PersonScalars } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { PERSON_FIELD_SPECS } from '../../../../../shared/persons/fieldSpecs'
import { FormCard, GridCell } from '../../../forms/FormGrid'
import { dateRule, maxRule } from './fieldRules'

const label = t.persons.fieldLabels

/** One card of the person form; fields flow three to a row on a desktop screen. */
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
    <FormCard anchor={`person-form-${id}`} title={title}>
      {children}
    </FormCard>
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
    <GridCell wide={wide} span={span}>
      <Form.Item name={name} label={label[name]} rules={[...rules, ...implied]} extra={extra}>
        {children}
      </Form.Item>
    </GridCell>
  )
}

/** A cell of the grid for something that is not a plain scalar field. */
export const Cell = GridCell
