import { useState } from 'react'
import { Alert, App, Button, Form, Input, Select, Typography } from 'antd'
import type { RelatedUnit } from '../../../../../shared/contract/units'
import { t } from '../../../../../shared/i18n'
import { APP_VERSION_PATTERN } from '../../../../../shared/packages/downward'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { saveBase64 } from '../../imports/saveFile'
import { PACKAGE_MIME } from '../ExportWizard'

const txt = t.downwardUi.export

/** One signed, sealed file per unit below, saved where the user chooses. */
export function DownwardExport({ lowers }: { lowers: RelatedUnit[] }) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)
  const submit = async (v: { to: string; minAppVersion?: string }) => {
    setBusy(true)
    try {
      const r = await call('downward.export', {
        to: v.to,
        ...(v.minAppVersion ? { minAppVersion: v.minAppVersion } : {}),
      })
      saveBase64(r.fileName, r.data, PACKAGE_MIME)
      setDone(r.fileName)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div>
      <Typography.Title level={5}>{txt.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{txt.hint}</Typography.Paragraph>
      <Form
        layout="inline"
        initialValues={{ to: lowers[0]?.code }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="to" label={txt.receiver} rules={[{ required: true }]}>
          <Select
            style={{ width: 240 }}
            options={lowers.map((u) => ({ value: u.code, label: `${u.code} ${u.name}` }))}
          />
        </Form.Item>
        <Form.Item
          name="minAppVersion"
          label={txt.minVersion}
          rules={[{ pattern: APP_VERSION_PATTERN, message: txt.minVersionInvalid }]}
        >
          <Input placeholder={txt.minVersionPlaceholder} style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {txt.submit}
        </Button>
      </Form>
      {done && <Alert style={{ marginTop: 12 }} type="success" showIcon title={txt.done(done)} />}
    </div>
  )
}
