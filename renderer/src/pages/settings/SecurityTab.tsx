import { useEffect, useState } from 'react'
import { App, Button, Form, InputNumber } from 'antd'
import type { AppSettings } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { errorText, showServerIssues } from '../../forms/serverIssues'
import { RecoveryKeySettings } from '../../recovery/RecoveryKeySettings'
import { refreshSession } from '../../session/sessionStore'

const txt = t.settings.general

export function SecurityTab() {
  const { message } = App.useApp()
  const [form] = Form.useForm<AppSettings>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    call('settings.get', {})
      .then((s) => form.setFieldsValue(s))
      .catch((e: unknown) => message.error(errorText(e)))
  }, [form, message])

  async function save(v: AppSettings) {
    setBusy(true)
    try {
      form.setFieldsValue(await call('settings.update', { idleLockMinutes: v.idleLockMinutes }))
      message.success(txt.saved)
      // The idle timer reads its minutes from the status.
      await refreshSession()
    } catch (e) {
      const rest = showServerIssues(form, e)
      if (rest) message.error(rest)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        onFinish={save}
        requiredMark={false}
        style={{ maxWidth: 480 }}
      >
        <Form.Item
          name="idleLockMinutes"
          label={txt.idleLock}
          extra={txt.idleLockHelp}
          rules={[{ required: true, message: t.auth.required(txt.idleLock) }]}
        >
          <InputNumber
            min={1}
            max={240}
            precision={0}
            suffix={txt.minutes}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.common.save}
        </Button>
      </Form>
      <RecoveryKeySettings />
    </>
  )
}
