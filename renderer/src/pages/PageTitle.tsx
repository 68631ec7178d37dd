import type { ReactNode } from 'react'
import { Typography } from 'antd'

export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12, minHeight: 32 }}>
      <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
        {children}
      </Typography.Title>
      {extra}
    </div>
  )
}
