import { useState } from 'react'
import { Alert, App, Button, Col, Form, Input, Row, Tag, Typography } from 'antd'
import {
  displayNameField,
  newPasswordField,
  regionCodeField,
  unitNameField,
  usernameField,
} from '../../../shared/contract/fields'
import { t } from '../../../shared/i18n'
import { levelOfRegionCode } from '../../../shared/units/regionCode'
import { call } from '../api/client'
import { required, sameAs, schemaRule } from '../forms/rules'
import { errorText, showServerIssues } from '../forms/serverIssues'
import { useRecoveryKey } from '../recovery/recoveryKeyStore'
import { refreshSession } from '../session/sessionStore'
import { AuthFrame } from './AuthFrame'

interface SetupValues {
  unit: { code: string; name: string }
  admin: { username: string; displayName: string; password: string; confirm: string }
}

const sectionTitle = { marginTop: 0, marginBottom: 16 } as const

/** First start: register this unit and its first administrator. There is no default password. */
export function SetupScreen() {
  const { message } = App.useApp()
  const [form] = Form.useForm<SetupValues>()
  const code = Form.useWatch(['unit', 'code'], form) ?? ''
  const level = levelOfRegionCode(code.trim())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(v: SetupValues) {
    setBusy(true)
    setError(null)
    // Keeps this screen up through the sign-in setup makes, until the key can be shown.
    useRecoveryKey.getState().expect()
    try {
      await call('setup.init', {
        unit: { code: v.unit.code.trim(), name: v.unit.name.trim() },
        admin: {
          username: v.admin.username.trim(),
          displayName: v.admin.displayName.trim(),
          password: v.admin.password,
        },
      })
    } catch (e) {
      useRecoveryKey.getState().done()
      setError(showServerIssues(form, e))
      setBusy(false)
      return
    }
    try {
      // A key of its own, made now, so that the one on paper is the one in the key file.
      useRecoveryKey.getState().show((await call('recovery.regenerateKey', {})).recoveryKey)
    } catch (e) {
      // Setup itself is done; 设置 → 安全 can make the key again.
      useRecoveryKey.getState().done()
      message.error(errorText(e))
    }
    try {
      await refreshSession()
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthFrame width={860}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t.auth.setupTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t.auth.setupIntro}</Typography.Paragraph>
      <Alert
        type="warning"
        showIcon
        title={t.recoveryUi.setupWarning}
        style={{ marginBottom: 16 }}
        data-testid="setup-no-recovery-warning"
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
        <Row gutter={40}>
          <Col span={12}>
            <Typography.Title level={5} style={sectionTitle}>
              {t.auth.unitSection}
            </Typography.Title>
            <Form.Item
              name={['unit', 'code']}
              label={t.auth.unitCode}
              extra={t.auth.unitCodeHelp}
              rules={[required(t.auth.unitCode), schemaRule(regionCodeField, 'code')]}
            >
              <Input autoFocus maxLength={6} inputMode="numeric" autoComplete="off" />
            </Form.Item>
            <Form.Item label={t.auth.unitLevel}>
              {level ? (
                <Tag color="blue" data-testid="unit-level">
                  {t.common.unitLevels[level]}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t.auth.unitLevelPending}</Typography.Text>
              )}
            </Form.Item>
            <Form.Item
              name={['unit', 'name']}
              label={t.auth.unitName}
              rules={[required(t.auth.unitName), schemaRule(unitNameField, 'name')]}
            >
              <Input placeholder={t.auth.unitNamePlaceholder} maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Typography.Title level={5} style={sectionTitle}>
              {t.auth.adminSection}
            </Typography.Title>
            <Form.Item
              name={['admin', 'username']}
              label={t.auth.username}
              extra={t.auth.usernameHelp}
              rules={[required(t.auth.username), schemaRule(usernameField, 'username')]}
            >
              <Input maxLength={32} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={['admin', 'displayName']}
              label={t.auth.displayName}
              rules={[required(t.auth.displayName), schemaRule(displayNameField, 'displayName')]}
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={['admin', 'password']}
              label={t.auth.password}
              extra={t.auth.passwordHelp}
              rules={[required(t.auth.password), schemaRule(newPasswordField, 'password')]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Form.Item
              name={['admin', 'confirm']}
              label={t.auth.confirmPassword}
              dependencies={[['admin', 'password']]}
              rules={[required(t.auth.confirmPassword), sameAs(['admin', 'password'])]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" size="large" block loading={busy}>
          {t.auth.setupSubmit}
        </Button>
      </Form>
    </AuthFrame>
  )
}
