import { App, Modal, Typography } from 'antd'
import { t } from '../../../shared/i18n'
import { ChangePasswordForm } from '../screens/ChangePasswordForm'

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp()
  return (
    <Modal
      open={open}
      title={t.auth.changePasswordTitle}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={420}
    >
      <Typography.Paragraph type="secondary">{t.auth.changePasswordIntro}</Typography.Paragraph>
      <ChangePasswordForm
        onDone={() => {
          message.success(t.auth.passwordChanged)
          onClose()
        }}
      />
    </Modal>
  )
}
