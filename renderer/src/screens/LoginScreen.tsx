import { useState } from 'react'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import type { UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { call } from '../api/client'
import { required } from '../forms/rules'
import { errorText } from '../forms/serverIssues'
import { refreshSession, useSession } from '../session/sessionStore'
import { RecoverPasswordForm } from '../recovery/RecoverPasswordForm'
import { AuthFrame } from './AuthFrame'
import { EncryptProgress } from './EncryptProgress'

interface LoginValues {
  username: string
  password: string
}

/**
 * Sign-in. `unit` is null while the encrypted database is still closed (its name is inside);
 * 忘记密码 leads to the recovery key.
 */
export function LoginScreen({ unit }: { unit: UnitInfo | null }) {
  const [form] = Form.useForm<LoginValues>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [recovering, setRecovering] = useState(false)
  const [recovered, setRecovered] = useState(false)
  const notice = useSession((s) => s.notice)
  // While a plain database moves to encryption at sign-in the core is closed and its status
  // names no unit; the unit named before stays, since the data is not encrypted yet.
  const [lastUnit, setLastUnit] = useState(unit)
  if (unit && unit.name !== lastUnit?.name) setLastUnit(unit)
  const shownUnit = unit ?? (busy ? lastUnit : null)

  if (recovering)
    return (
      <AuthFrame width={460}>
        <RecoverPasswordForm
          onBack={(done) => {
            setRecovering(false)
            setRecovered(done)
            setError(null)
          }}
        />
      </AuthFrame>
    )

  async function submit(v: LoginValues) {
    setBusy(true)
    setError(null)
    try {
      await call('auth.login', { username: v.username.trim(), password: v.password })
      useSession.setState({ notice: null })
      await refreshSession()
    } catch (e) {
      setError(errorText(e))
      form.setFieldValue('password', '')
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthFrame>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {t.auth.loginTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
        {shownUnit ? t.auth.unitOf(shownUnit.name) : t.recoveryUi.lockedNotice}
      </Typography.Paragraph>
      {recovered && !error && (
        <Alert
          type="success"
          showIcon
          title={t.recoveryUi.recoverDone}
          style={{ marginBottom: 16 }}
        />
      )}
      {notice && !error && (
        <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} role="status" />
      )}
      <EncryptProgress active={busy} />
      {error && (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
        <Form.Item name="username" label={t.auth.username} rules={[required(t.auth.username)]}>
          <Input prefix={<UserOutlined />} autoFocus autoComplete="username" maxLength={32} />
        </Form.Item>
        <Form.Item name="password" label={t.auth.password} rules={[required(t.auth.password)]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t.auth.loginSubmit}
        </Button>
        <Button type="link" block onClick={() => setRecovering(true)} style={{ marginTop: 8 }}>
          {t.recoveryUi.forgot}
        </Button>
      </Form>
    </AuthFrame>
  )
}
