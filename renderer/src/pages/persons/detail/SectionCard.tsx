import type { ReactNode } from 'react'
import { Card, Descriptions } from 'antd'

export interface FieldItem {
  key: string
  label: string
  children: ReactNode
  /** Columns the value spans (long texts span the row). */
  span?: number
}

/** One titled section of the detail page; its id lets the page link to it. */
export function SectionCard({
  id,
  title,
  items,
  extra,
  children,
}: {
  id: string
  title: string
  items?: FieldItem[]
  extra?: ReactNode
  children?: ReactNode
}) {
  return (
    <Card
      id={`person-${id}`}
      className="pd-section"
      size="small"
      title={title}
      extra={extra}
      style={{ marginBottom: 12 }}
    >
      {items && (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }}
          styles={{ label: { width: 150 } }}
          items={items}
        />
      )}
      {children}
    </Card>
  )
}
