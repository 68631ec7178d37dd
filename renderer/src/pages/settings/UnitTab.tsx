import { useState } from 'react'
import { App, Button, Descriptions, Form, Input, Space, Typography } from 'antd'
import type { UnitInfo } from '../../../../shared/contract'
import { unitNameField } from '../../../../shared/contract/fields'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { required, schemaRule } from '../../forms/rules'
import { showServerIssues } from '../../forms/serverIssues'
import { refreshSession } from '../../session/sessionStore'

export function UnitTab({ unit, canRename }: { unit: UnitInfo; canRename: boolean }) {
  const { message } = App.useApp()
  const [form] = Form.useForm<{ name: string }>()
  const name = Form.useWatch('name', form)
  const [busy, setBusy] = useState(false)

  async function rename(v: { name: string }) {
    setBusy(true)
    try {
      await call('units.rename', { name: v.name.trim() })
      message.success(t.settings.unit.renamed)
      await refreshSession()
    } catch (e) {
      const rest = showServerIssues(form, e)
      if (rest) message.error(rest)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ maxWidth: 720 }}>
      <Descriptions column={1} bordered size="small" styles={{ label: { width: 160 } }}>
        <Descriptions.Item label={t.settings.unit.code}>{unit.code}</Descriptions.Item>
        <Descriptions.Item label={t.settings.unit.name}>{unit.name}</Descriptions.Item>
        <Descriptions.Item label={t.settings.unit.level}>
          {t.common.unitLevels[unit.level]}
        </Descriptions.Item>
      </Descriptions>
      {canRename ? (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: unit.name }}
          onFinish={rename}
          requiredMark={false}
          style={{ marginTop: 20 }}
        >
          <Form.Item
            label={t.settings.unit.rename}
            extra={t.settings.unit.codeFixed}
            style={{ marginBottom: 0 }}
          >
            <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
              <Form.Item
                name="name"
                noStyle
                rules={[required(t.settings.unit.name), schemaRule(unitNameField, 'name')]}
              >
                <Input maxLength={60} />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                loading={busy}
                disabled={!name || name.trim() === unit.name}
              >
                {t.common.save}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t.settings.unit.adminOnlyRename}
        </Typography.Paragraph>
      )}
    </div>
  )
}
