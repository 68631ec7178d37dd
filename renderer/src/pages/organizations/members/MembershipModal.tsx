import { useEffect, useState } from 'react'
import { Alert, App, Form, Input, Modal, Select } from 'antd'
import dayjs from 'dayjs'
import type { LocalDictionaryEntry, Membership } from '../../../../../shared/contract/organizations'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { showServerIssues } from '../../../forms/serverIssues'
import { DateInput } from '../../persons/form/inputs'

const txt = t.organizationsUi.detail
const add = t.organizationsUi.addMembers
const label = t.organizations.fieldLabels

interface Values {
  post: string
  term?: string | null
  startDate?: string | null
  endDate?: string | null
  remarks?: string | null
}

/**
 * Edits one membership. `endTerm` opens it as 卸任: only the end date, today by default — a
 * term that ended keeps its record, unlike 删除.
 */
export function MembershipModal({
  membership,
  endTerm,
  posts,
  onClose,
  onSaved,
}: {
  membership: Membership | null
  endTerm: boolean
  posts: LocalDictionaryEntry[]
  onClose(): void
  onSaved(): void
}) {
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [saving, setSaving] = useState(false)
  const [topError, setTopError] = useState<string | null>(null)

  useEffect(() => {
    if (!membership) return
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTopError(null)
    form.resetFields()
    form.setFieldsValue({
      post: membership.post,
      term: membership.term,
      startDate: membership.startDate,
      endDate: endTerm ? (membership.endDate ?? dayjs().format('YYYY-MM-DD')) : membership.endDate,
      remarks: membership.remarks,
    })
  }, [membership, endTerm, form])

  async function submit() {
    if (!membership) return
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setSaving(true)
    try {
      await call(
        'memberships.update',
        endTerm
          ? { id: membership.id, endDate: v.endDate || null }
          : {
              id: membership.id,
              post: v.post,
              term: v.term || null,
              startDate: v.startDate || null,
              endDate: v.endDate || null,
              remarks: v.remarks || null,
            },
      )
      message.success(endTerm ? txt.endTermDone(membership.personName) : txt.membershipSaved)
      onSaved()
    } catch (e) {
      setTopError(showServerIssues(form, e))
    } finally {
      setSaving(false)
    }
  }

  const postOptions = posts
    .filter((p) => !p.disabled || p.code === membership?.post)
    .map((p) => ({ value: p.code, label: p.name }))

  return (
    <Modal
      open={membership !== null}
      title={
        membership &&
        (endTerm
          ? txt.endTermTitle(membership.personName)
          : txt.membershipTitle(membership.personName))
      }
      width={endTerm ? 420 : 560}
      okText={endTerm ? txt.endTerm : t.common.save}
      okButtonProps={{ loading: saving }}
      onOk={() => void submit()}
      onCancel={onClose}
      forceRender
    >
      {topError && <Alert type="error" showIcon title={topError} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" name="membership">
        {!endTerm && (
          <>
            <Form.Item name="post" label={add.post} rules={[{ required: true }]}>
              <Select options={postOptions} />
            </Form.Item>
            <Form.Item name="term" label={label.term}>
              <Input maxLength={20} placeholder={add.termPlaceholder} />
            </Form.Item>
            <Form.Item name="startDate" label={add.startDate}>
              <DateInput placeholder={t.organizationsUi.form.datePlaceholder} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="endDate"
          label={endTerm ? txt.endTermDate : label.endDate}
          extra={txt.endDateHelp}
          rules={endTerm ? [{ required: true, message: t.auth.required(txt.endTermDate) }] : []}
        >
          <DateInput autoFocus={endTerm} placeholder={t.organizationsUi.form.datePlaceholder} />
        </Form.Item>
        {!endTerm && (
          <Form.Item name="remarks" label={t.organizationsUi.form.remarks}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
