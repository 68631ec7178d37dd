import { useState } from 'react'
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd'
import type { Role, UserRow } from '../../../../../shared/contract'
import {
  displayNameField,
  newPasswordField,
  usernameField,
} from '../../../../../shared/contract/fields'
import { ROLES } from '../../../../../shared/contract/roles'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { required, sameAs, schemaRule } from '../../../forms/rules'
import { showServerIssues } from '../../../forms/serverIssues'

const txt = t.settings.users

interface Values {
  username: string
  displayName: string
  role: Role
  password: string
  confirm: string
}

/** Strongest role first: an admin picks deliberately, and 查看员 is the safe default. */
const ROLE_OPTIONS = [...ROLES].reverse().map((r) => ({ value: r, label: txt.roleHelp[r] }))

/** Mounted only while shown, so each opening starts from the row as it is now. */
interface Props {
  /** null creates a new user; a row edits its 姓名 and role. */
  user: UserRow | null
  onClose(): void
  onSaved(): void
}

export function UserFormModal({ user, onClose, onSaved }: Props) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const creating = user === null

  async function submit(v: Values) {
    setBusy(true)
    setError(null)
    try {
      if (creating) {
        await call('users.create', {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          role: v.role,
          password: v.password,
        })
        message.success(txt.created)
      } else {
        await call('users.update', { id: user.id, displayName: v.displayName.trim(), role: v.role })
        message.success(txt.updated)
      }
      onSaved()
    } catch (e) {
      setError(showServerIssues(form, e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={creating ? txt.createTitle : txt.editTitle(user.username)}
      onCancel={onClose}
      okText={t.common.save}
      okButtonProps={{ htmlType: 'submit', loading: busy }}
      width={480}
      styles={{ body: { paddingTop: 8 } }}
      modalRender={(dom) => (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={
            user ? { displayName: user.displayName, role: user.role } : { role: 'viewer' }
          }
          onFinish={submit}
        >
          {dom}
        </Form>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {creating && (
        <Form.Item
          name="username"
          label={txt.username}
          extra={t.auth.usernameHelp}
          rules={[required(txt.username), schemaRule(usernameField, 'username')]}
        >
          <Input autoFocus maxLength={32} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={txt.displayName}
        rules={[required(txt.displayName), schemaRule(displayNameField, 'displayName')]}
      >
        <Input autoFocus={!creating} maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={txt.role} rules={[required(txt.role)]}>
        <Select options={ROLE_OPTIONS} />
      </Form.Item>
      {creating && (
        <>
          <Form.Item
            name="password"
            label={txt.tempPassword}
            extra={t.auth.passwordHelp}
            rules={[required(txt.tempPassword), schemaRule(newPasswordField, 'password')]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={txt.confirmPassword}
            dependencies={['password']}
            rules={[required(txt.confirmPassword), sameAs('password')]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Typography.Text type="secondary">{txt.createHint}</Typography.Text>
        </>
      )}
    </Modal>
  )
}
