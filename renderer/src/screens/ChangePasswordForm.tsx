import { useState } from 'react'
import { Alert, Button, Form, Input } from 'antd'
import { t } from '../../../shared/i18n'
import { ApiCallError, call } from '../api/client'
import { NewPasswordFields } from '../forms/NewPasswordFields'
import { required } from '../forms/rules'
import { showServerIssues } from '../forms/serverIssues'

interface Values {
  currentPassword: string
  newPassword: string
  confirm: string
}

/** Current password, new password twice. Used by the forced screen and the header's modal. */
export function ChangePasswordForm({ onDone }: { onDone(): void | Promise<void> }) {
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(v: Values) {
    setBusy(true)
    setError(null)
    try {
      await call('auth.changePassword', {
        currentPassword: v.currentPassword,
        newPassword: v.newPassword,
      })
      await onDone()
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'BAD_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', value: '', errors: [e.message] }])
      } else {
        setError(showServerIssues(form, e))
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={t.auth.currentPassword}
        rules={[required(t.auth.currentPassword)]}
      >
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <NewPasswordFields />
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t.common.save}
      </Button>
    </Form>
  )
}
