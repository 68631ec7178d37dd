import { useState } from 'react'
import { Alert, App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd'
import type { DictionaryEntry, DictionaryKindName } from '../../../../../shared/contract'
import { CATEGORIES } from '../../../../../shared/codes/categories'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { showServerIssues } from '../../../forms/serverIssues'

const txt = t.personsUi.dictionaries
const kindNames = t.persons.dictionaryKinds

interface Values {
  code?: string
  name: string
  parentCode?: string
  sort?: number
  enabled: boolean
}

/** Adds or changes one entry; mounted only while open. */
export function DictionaryEntryModal({
  kind,
  entry,
  townships,
  onClose,
  onSaved,
}: {
  kind: DictionaryKindName
  /** null adds a new entry. */
  entry: DictionaryEntry | null
  townships: DictionaryEntry[]
  onClose(): void
  onSaved(): void
}) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const kindName = kindNames[kind] ?? kind
  const parentLabel =
    kind === 'community'
      ? txt.parentTownship
      : kind === 'category_detail'
        ? txt.parentCategory
        : null
  const parentOptions =
    kind === 'community'
      ? townships.map((e) => ({ value: e.code, label: e.name }))
      : CATEGORIES.map((c) => ({ value: c.code as string, label: c.name as string }))

  async function submit(v: Values) {
    setBusy(true)
    setError(null)
    try {
      await call('dictionaries.save', {
        kind,
        name: v.name.trim(),
        ...(entry ? { code: entry.code } : v.code?.trim() ? { code: v.code.trim() } : {}),
        ...(parentLabel ? { parentCode: v.parentCode ?? null } : {}),
        ...(v.sort !== undefined && v.sort !== null ? { sort: v.sort } : {}),
        disabled: !v.enabled,
      })
      message.success(txt.saved)
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
      title={entry ? txt.editTitle(kindName, entry.name) : txt.addTitle(kindName)}
      onCancel={onClose}
      okText={t.common.save}
      okButtonProps={{ htmlType: 'submit', loading: busy }}
      width={460}
      modalRender={(dom) => (
        <Form
          form={form}
          name="dictionaryEntry"
          layout="vertical"
          requiredMark={false}
          initialValues={{
            code: entry?.code,
            name: entry?.name,
            parentCode: entry?.parentCode ?? undefined,
            sort: entry?.sort,
            enabled: entry ? !entry.disabled : true,
          }}
          onFinish={submit}
        >
          {dom}
        </Form>
      )}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form.Item
        name="name"
        label={txt.name}
        rules={[
          { required: true, whitespace: true, message: t.persons.dictionaryMessages.nameRequired },
        ]}
      >
        <Input maxLength={50} autoFocus />
      </Form.Item>
      {parentLabel && (
        <Form.Item
          name="parentCode"
          label={parentLabel}
          rules={[{ required: true, message: t.auth.required(parentLabel) }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={parentOptions} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={txt.code}
        extra={entry ? undefined : txt.codeHelp}
        rules={[{ pattern: /^[0-9A-Za-z_-]*$/, message: txt.codeFormat }]}
      >
        <Input maxLength={20} disabled={!!entry} />
      </Form.Item>
      <Form.Item name="sort" label={txt.sort}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="enabled" label={txt.status} valuePropName="checked">
        <Switch checkedChildren={txt.enabled} unCheckedChildren={txt.disabled} />
      </Form.Item>
    </Modal>
  )
}
