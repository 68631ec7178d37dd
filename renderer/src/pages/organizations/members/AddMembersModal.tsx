import { useEffect, useState } from 'react'
import { Alert, App, Col, Form, Input, Modal, Row, Select, Tabs } from 'antd'
import {
  BULK_PERSON_LIMIT,
  type LocalDictionaryEntry,
  type MembershipAddResult,
  type Organization,
} from '../../../../../shared/contract/organizations'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import { toPersonFilter, type PersonFilter } from '../../activities/picking/PersonFilterPicker'
import { usePersonPicking } from '../../activities/picking/usePersonPicking'
import { DateInput } from '../../persons/form/inputs'

const txt = t.organizationsUi.addMembers
type Way = 'search' | 'filter'
const PAGE = 500
/** 会员: the post most people hold, so the one offered first. */
const DEFAULT_POST = '07'

/** Every person id the filter matches, in name order, read page by page. */
async function idsOf(filter: PersonFilter): Promise<string[]> {
  const ids: string[] = []
  for (let page = 1; ; page++) {
    const r = await call('persons.list', { ...filter, sort: 'name', page, pageSize: PAGE })
    ids.push(...r.items.map((p) => p.id))
    if (r.items.length < PAGE || ids.length >= r.total) return ids
  }
}

/**
 * Adds members to an organization, picked from searches or everyone a filter matches, all
 * with one post, term and start date. The core answers cross-membership warnings, which the
 * page shows.
 */
export function AddMembersModal({
  organization,
  posts,
  open,
  onClose,
  onAdded,
}: {
  organization: Organization
  posts: LocalDictionaryEntry[]
  open: boolean
  onClose(): void
  onAdded(result: MembershipAddResult): void
}) {
  const { message } = App.useApp()
  const [way, setWay] = useState<Way>('search')
  const picking = usePersonPicking(txt)
  const { picked, choice, count, reset } = picking
  const [post, setPost] = useState<string | undefined>()
  const [term, setTerm] = useState(organization.sessionNo ?? '')
  const [startDate, setStartDate] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const enabled = posts.filter((p) => !p.disabled)
  const chosenPost =
    post ?? (enabled.find((p) => p.code === DEFAULT_POST) ?? enabled[enabled.length - 1])?.code

  useEffect(() => {
    if (!open) return
    // A fresh dialog each time: nobody added twice by a leftover selection.
    /* eslint-disable react-hooks/set-state-in-effect */
    reset()
    setProblem(null)
    setTerm(organization.sessionNo ?? '')
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [open, organization.sessionNo, reset])

  async function submit() {
    setProblem(null)
    if (!chosenPost) return
    let personIds: string[]
    setBusy(true)
    try {
      if (way === 'search') {
        if (picked.size === 0) return setProblem(txt.nothingPicked)
        personIds = [...picked.keys()]
      } else {
        if (count === 0) return setProblem(txt.nothingMatched)
        if (count !== null && count > BULK_PERSON_LIMIT)
          return setProblem(txt.tooMany(count, BULK_PERSON_LIMIT))
        personIds = await idsOf(toPersonFilter(choice))
        if (personIds.length === 0) return setProblem(txt.nothingMatched)
        if (personIds.length > BULK_PERSON_LIMIT)
          return setProblem(txt.tooMany(personIds.length, BULK_PERSON_LIMIT))
      }
      const result = await call('memberships.add', {
        organizationId: organization.id,
        personIds,
        post: chosenPost,
        term: term.trim() || null,
        startDate: startDate?.trim() || null,
      })
      message.success(txt.added(result.added, result.skipped))
      onAdded(result)
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={txt.title(organization.name)}
      width={960}
      okText={way === 'search' ? txt.submit(picked.size) : txt.submitFilter(count)}
      okButtonProps={{
        loading: busy,
        disabled: way === 'filter' && (count === null || count === 0),
      }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { minHeight: 420 } }}
    >
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={txt.post} htmlFor="add-members-post" style={{ marginBottom: 8 }}>
              <Select
                id="add-members-post"
                value={chosenPost}
                onChange={setPost}
                options={enabled.map((p) => ({ value: p.code, label: p.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={txt.term} htmlFor="add-members-term" style={{ marginBottom: 8 }}>
              <Input
                id="add-members-term"
                value={term}
                maxLength={20}
                placeholder={txt.termPlaceholder}
                onChange={(e) => setTerm(e.target.value)}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={txt.startDate}
              htmlFor="add-members-start"
              style={{ marginBottom: 8 }}
            >
              <DateInput
                id="add-members-start"
                value={startDate}
                onChange={setStartDate}
                placeholder={t.organizationsUi.form.datePlaceholder}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Tabs
        activeKey={way}
        onChange={(k) => {
          setWay(k as Way)
          setProblem(null)
        }}
        items={picking.tabs}
      />
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
    </Modal>
  )
}
