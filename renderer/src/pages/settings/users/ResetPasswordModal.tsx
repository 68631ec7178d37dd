import { useState } from 'react'
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import type { UserRow } from '../../../../../shared/contract'
import { newPasswordField } from '../../../../../shared/contract/fields'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { required, sameAs, schemaRule } from '../../../forms/rules'
import { showServerIssues } from '../../../forms/serverIssues'

const txt = t.settings.users

interface Values {
  password: string
  confirm: string
}

/** A temporary password the user must replace at next sign-in; also clears a lockout. */
export function ResetPasswordModal({ user, onClose }: { user: UserRow; onClose(): void }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(v: Values) {
    setBusy(true)
    setError(null)
    try {
      await call('users.resetPassword', { id: user.id, password: v.password })
      message.success(txt.passwordReset)
      onClose()
    } catch (e) {
      setError(showServerIssues(form, e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={txt.resetTitle(user.username)}
      onCancel={onClose}
      okText={txt.resetPassword}
      okButtonProps={{ htmlType: 'submit', loading: busy }}
      width={440}
      styles={{ body: { paddingTop: 8 } }}
      modalRender={(dom) => (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          {dom}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">{txt.resetPasswordHint}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="password"
        label={txt.tempPassword}
        extra={t.auth.passwordHelp}
        rules={[required(txt.tempPassword), schemaRule(newPasswordField, 'password')]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={txt.confirmPassword}
        dependencies={['password']}
        rules={[required(txt.confirmPassword), sameAs('password')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Modal>
  )
}
