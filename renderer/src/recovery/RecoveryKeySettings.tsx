import { useState } from 'react'
import { App, Button, Typography } from 'antd'
import { KeyOutlined } from '@ant-design/icons'
import { t } from '../../../shared/i18n'
import { call } from '../api/client'
import { errorText } from '../forms/serverIssues'
import { useRecoveryKey } from './recoveryKeyStore'

const txt = t.recoveryUi

/** 设置 → 安全: a new recovery key replaces the old one, after a confirmation. */
export function RecoveryKeySettings() {
  const { modal, message } = App.useApp()
  const [busy, setBusy] = useState(false)

  async function regenerate() {
    setBusy(true)
    try {
      const { recoveryKey } = await call('recovery.regenerateKey', {})
      message.success(txt.regenerated)
      // The whole window shows it now, until its last group is typed back (ScreenGate).
      useRecoveryKey.getState().show(recoveryKey)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section style={{ maxWidth: 640, marginTop: 32 }} data-testid="recovery-key-settings">
      <Typography.Title level={5}>{txt.settingsTitle}</Typography.Title>
      <Typography.Paragraph type="secondary">{txt.settingsHelp}</Typography.Paragraph>
      <Button
        danger
        icon={<KeyOutlined />}
        loading={busy}
        onClick={() =>
          modal.confirm({
            title: txt.regenerateConfirm,
            content: txt.regenerateConfirmText,
            okText: txt.regenerate,
            okButtonProps: { danger: true },
            onOk: regenerate,
          })
        }
      >
        {txt.regenerate}
      </Button>
    </section>
  )
}
