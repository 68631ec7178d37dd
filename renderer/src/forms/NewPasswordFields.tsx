import { Form, Input } from 'antd'
import { newPasswordField } from '../../../shared/contract/fields'
import { t } from '../../../shared/i18n'
import { required, sameAs, schemaRule } from './rules'

/**
 * A new password and its repetition, checked by the contract's own rule: for changing one's
 * password and for setting one with the recovery key. The fields are `newPassword`, `confirm`.
 */
export function NewPasswordFields() {
  return (
    <>
      <Form.Item
        name="newPassword"
        label={t.auth.newPassword}
        extra={t.auth.passwordHelp}
        rules={[required(t.auth.newPassword), schemaRule(newPasswordField, 'newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t.auth.confirmNewPassword}
        dependencies={['newPassword']}
        rules={[required(t.auth.confirmNewPassword), sameAs('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  )
}
