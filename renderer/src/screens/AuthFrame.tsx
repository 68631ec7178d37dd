import type { ReactNode } from 'react'
import { Card, Typography } from 'antd'
import { t } from '../../../shared/i18n'
import { BrandMark } from '../brand/BrandMark'

/** The quiet frame around every screen shown before the main layout: name, card, notice. */
export function AuthFrame({ width = 400, children }: { width?: number; children: ReactNode }) {
  return (
    <div
      style={{
        minHeight: '100%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: '24px 16px',
        boxSizing: 'border-box',
        background: 'linear-gradient(180deg, #e8edf4 0%, #f2f4f7 60%)',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 20 }}>
        <BrandMark size={40} />
        <div>
          <div style={{ fontSize: 22, fontWeight: 600, lineHeight: 1.3 }}>{t.common.appName}</div>
          <Typography.Text type="secondary">{t.common.appSubtitle}</Typography.Text>
        </div>
      </div>
      <Card style={{ width: '100%', maxWidth: width }} styles={{ body: { padding: '24px 28px' } }}>
        {children}
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
        {t.common.notClassified}
      </Typography.Text>
    </div>
  )
}
