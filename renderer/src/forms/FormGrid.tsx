import type { ReactNode } from 'react'
import { Card, Col, Row } from 'antd'

/** One titled card of a long form; `anchor` is its element id, for jumping to a section. */
export function FormCard({
  anchor,
  title,
  children,
}: {
  anchor: string
  title: string
  children: ReactNode
}) {
  return (
    <Card id={anchor} size="small" title={title} style={{ marginBottom: 12 }}>
      <Row gutter={16}>{children}</Row>
    </Card>
  )
}

/**
 * A place on a form card's grid: three fields to a row on a desktop screen, two on a laptop;
 * `wide` (or a span of two thirds and more) takes the whole row of a laptop.
 */
export function GridCell({
  children,
  wide,
  span = 8,
}: {
  children: ReactNode
  wide?: boolean
  span?: number
}) {
  return (
    <Col xs={24} md={wide || span >= 16 ? 24 : 12} xl={wide ? 24 : span}>
      {children}
    </Col>
  )
}
