import { useState } from 'react'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import type { SessionInfo, UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { ApiCallError, call } from '../api/client'
import { required } from '../forms/rules'
import { errorText } from '../forms/serverIssues'
import { refreshSession } from '../session/sessionStore'
import { signOut } from '../session/signOut'
import { AuthFrame } from './AuthFrame'

/** Codes after which the session is gone for good: the login screen takes over. */
const ENDS_SESSION = new Set(['ACCOUNT_LOCKED', 'FORBIDDEN', 'NOT_SIGNED_IN'])

/**
 * Shown instead of everything else while the session is locked. It names the unit and the
 * signed-in user only: no records, no menus, nothing a passer-by should read.
 */
export function LockScreen({ unit, session }: { unit: UnitInfo; session: SessionInfo }) {
  const [form] = Form.useForm<{ password: string }>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function unlock({ password }: { password: string }) {
    setBusy(true)
    setError(null)
    try {
      await call('auth.unlock', { password })
      await refreshSession()
    } catch (e) {
      setError(errorText(e))
      form.setFieldValue('password', '')
      if (e instanceof ApiCallError && ENDS_SESSION.has(e.code)) await refreshSession()
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthFrame width={440}>
      <div style={{ textAlign: 'center', marginBottom: 20 }}>
        <LockOutlined style={{ fontSize: 32, color: '#8a94a6' }} />
        <Typography.Title level={4} style={{ margin: '12px 0 4px' }}>
          {t.auth.lockedTitle}
        </Typography.Title>
        <Typography.Text type="secondary">{unit.name}</Typography.Text>
      </div>
      <Typography.Paragraph style={{ textAlign: 'center' }}>
        {t.auth.lockedIntro(session.displayName)}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={unlock} requiredMark={false} disabled={busy}>
        <Form.Item name="password" label={t.auth.password} rules={[required(t.auth.password)]}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t.auth.unlock}
        </Button>
      </Form>
      <div style={{ textAlign: 'center', marginTop: 12 }}>
        <Button type="link" onClick={() => void signOut()} disabled={busy}>
          {t.auth.switchUser}
        </Button>
      </div>
    </AuthFrame>
  )
}
