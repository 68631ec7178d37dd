import { useState } from 'react'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import type { UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { call } from '../api/client'
import { required } from '../forms/rules'
import { errorText } from '../forms/serverIssues'
import { refreshSession } from '../session/sessionStore'
import { AuthFrame } from './AuthFrame'

interface LoginValues {
  username: string
  password: string
}

export function LoginScreen({ unit }: { unit: UnitInfo }) {
  const [form] = Form.useForm<LoginValues>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(v: LoginValues) {
    setBusy(true)
    setError(null)
    try {
      await call('auth.login', { username: v.username.trim(), password: v.password })
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
        {t.auth.unitOf(unit.name)}
      </Typography.Paragraph>
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
      </Form>
    </AuthFrame>
  )
}
