import type { ReactNode } from 'react'
import { Card, Typography } from 'antd'

/** The filter card above a ledger list: the filters in one wrapping row, the count at the right. */
export function FilterBar({
  total,
  totalTestId,
  children,
  below,
}: {
  total: string
  totalTestId: string
  children: ReactNode
  below?: ReactNode
}) {
  return (
    <Card size="small" style={{ marginBottom: 12 }} styles={{ body: { padding: 14 } }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        {children}
        <Typography.Text strong style={{ marginLeft: 'auto' }} data-testid={totalTestId}>
          {total}
        </Typography.Text>
      </div>
      {below}
    </Card>
  )
}
