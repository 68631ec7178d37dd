import { useEffect } from 'react'
import { App, Button, Form, Input, InputNumber, Space } from 'antd'
import type { BackupSettings } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { errorText } from '../../../forms/serverIssues'

const txt = t.backupsUi
const loadSettings = () => call('backups.settings', {})

/** Rotation (7 daily, 4 weekly, 12 monthly by default) and the second place. */
export function BackupSettingsForm() {
  const { message } = App.useApp()
  const { data } = useLoaded<BackupSettings | null>(loadSettings, null)
  const [form] = Form.useForm<BackupSettings>()
  useEffect(() => {
    if (data) form.setFieldsValue(data)
  }, [data, form])

  async function save(values: BackupSettings) {
    try {
      await call('backups.updateSettings', {
        ...values,
        secondDir: values.secondDir?.trim() ? values.secondDir.trim() : null,
      })
      message.success(txt.saved)
    } catch (e) {
      message.error(errorText(e))
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void save(v)} style={{ maxWidth: 620 }}>
      <Space size="large" wrap>
        <Form.Item name="daily" label={txt.daily} rules={[{ required: true }]}>
          <InputNumber min={1} max={60} />
        </Form.Item>
        <Form.Item name="weekly" label={txt.weekly} rules={[{ required: true }]}>
          <InputNumber min={0} max={52} />
        </Form.Item>
        <Form.Item name="monthly" label={txt.monthly} rules={[{ required: true }]}>
          <InputNumber min={0} max={120} />
        </Form.Item>
      </Space>
      <Form.Item name="secondDir" label={txt.secondDir}>
        <Input placeholder={txt.secondDirPlaceholder} allowClear />
      </Form.Item>
      <Button htmlType="submit">{txt.save}</Button>
    </Form>
  )
}
