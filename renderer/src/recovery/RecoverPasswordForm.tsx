import { useState } from 'react'
import { Alert, Button, Form, Input, Typography } from 'antd'
import { usernameField } from '../../../shared/contract/fields'
import { t } from '../../../shared/i18n'
import { ApiCallError, call } from '../api/client'
import { NewPasswordFields } from '../forms/NewPasswordFields'
import { required, schemaRule } from '../forms/rules'
import { showServerIssues } from '../forms/serverIssues'
import { refreshSession } from '../session/sessionStore'

const txt = t.recoveryUi

interface RecoverValues {
  recoveryKey: string
  username: string
  newPassword: string
  confirm: string
}

/** 忘记密码: the printed recovery key sets a new password (the CLI's reset-password, on screen). */
export function RecoverPasswordForm({ onBack }: { onBack(done: boolean): void }) {
  const [form] = Form.useForm<RecoverValues>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [wrongKey, setWrongKey] = useState(false)

  async function submit(v: RecoverValues) {
    setBusy(true)
    setError(null)
    setWrongKey(false)
    try {
      await call('recovery.resetPassword', {
        recoveryKey: v.recoveryKey,
        username: v.username.trim(),
        newPassword: v.newPassword,
      })
      // The key opened the database if it was still closed: the unit's name can show now.
      await refreshSession()
      onBack(true)
    } catch (e) {
      setError(showServerIssues(form, e))
      // The last way in failed: say plainly what that means, and that nothing is deleted.
      setWrongKey(e instanceof ApiCallError && e.code === 'BAD_CREDENTIALS')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {txt.recoverTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{txt.recoverIntro}</Typography.Paragraph>
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          description={wrongKey ? txt.recoverNoSecret : undefined}
          style={{ marginBottom: 16 }}
          role="alert"
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={busy}>
        <Form.Item name="recoveryKey" label={txt.keyLabel} rules={[required(txt.keyLabel)]}>
          <Input
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={txt.recoverKeyPlaceholder}
            style={{ fontFamily: 'monospace' }}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={txt.recoverUsername}
          rules={[required(txt.recoverUsername), schemaRule(usernameField, 'username')]}
        >
          <Input autoComplete="username" maxLength={32} />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {txt.recoverSubmit}
        </Button>
        <Button type="link" block onClick={() => onBack(false)} style={{ marginTop: 8 }}>
          {txt.backToLogin}
        </Button>
      </Form>
    </>
  )
}
