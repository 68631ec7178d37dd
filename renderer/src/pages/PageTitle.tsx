import type { ReactNode } from 'react'
import { Button, Space, Typography } from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'

/** A page's heading; `back` puts the arrow to the page it was opened from before it. */
export function PageTitle({
  children,
  extra,
  back,
}: {
  children: ReactNode
  extra?: ReactNode
  back?: { label: string; onClick(): void }
}) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12, minHeight: 32 }}>
      <Typography.Title level={4} style={{ margin: 0, flex: 1 }}>
        {back ? (
          <Space size={10} align="center">
            <Button
              type="text"
              aria-label={back.label}
              icon={<ArrowLeftOutlined />}
              onClick={back.onClick}
            />
            {children}
          </Space>
        ) : (
          children
        )}
      </Typography.Title>
      {extra}
    </div>
  )
}
