import type { ReactNode } from 'react'
import { Card, Col, Row } from 'antd'
import { t } from '../../../../../shared/i18n'

/** The activity form's field labels: the domain's names, and the form's own. */
export const activityLabel: Record<string, string> = {
  ...t.activities.fieldLabels,
  ...t.activitiesUi.labels,
}

/** Number inputs fill their cell and never go below zero. */
export const numberBox = { style: { width: '100%' }, min: 0 } as const

/** One titled card of the form, its fields on a grid. */
export function Section({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) {
  return (
    <Card id={`activity-form-${id}`} size="small" title={title} style={{ marginBottom: 12 }}>
      <Row gutter={16}>{children}</Row>
    </Card>
  )
}

/** A field's place on the grid: three to a row on a wide screen, two on a laptop. */
export function Cell({ span = 8, children }: { span?: number; children: ReactNode }) {
  return (
    <Col xs={24} md={span >= 16 ? 24 : 12} xl={span}>
      {children}
    </Col>
  )
}
