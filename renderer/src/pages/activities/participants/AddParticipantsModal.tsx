import { useCallback, useState } from 'react'
import { Alert, App, Checkbox, Form, Modal, Select, Tabs, TreeSelect, Typography } from 'antd'
import {
  PARTICIPANT_ROLES,
  type ParticipantRole,
  type ParticipantsAddResult,
} from '../../../../../shared/contract/activities'
import { BULK_PERSON_LIMIT } from '../../../../../shared/contract/organizations'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { errorText } from '../../../forms/serverIssues'
import { orgTreeOptions } from '../../organizations/orgTree'
import { toPersonFilter } from '../picking/PersonFilterPicker'
import { usePersonPicking } from '../picking/usePersonPicking'

const txt = t.activitiesUi.picking
type Way = 'search' | 'filter' | 'organization'

const roleOptions = PARTICIPANT_ROLES.map((r) => ({ value: r, label: t.activities.roles[r] }))

/**
 * Adds persons to an activity's list in bulk: ticked from searches, everyone a filter
 * matches (e.g. every 代表人士 of 城关镇), or an organization's current members.
 */
export function AddParticipantsModal({
  activityId,
  open,
  onClose,
  onAdded,
}: {
  activityId: string
  open: boolean
  onClose(): void
  onAdded(result: ParticipantsAddResult): void
}) {
  const { message } = App.useApp()
  const [way, setWay] = useState<Way>('search')
  const [role, setRole] = useState<ParticipantRole>('attendee')
  const picking = usePersonPicking(txt)
  const { picked, choice, count } = picking
  const [orgId, setOrgId] = useState<string | undefined>()
  const [branches, setBranches] = useState(true)
  const [posts, setPosts] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const orgs = useLoaded(
    useCallback(() => (open ? call('organizations.tree', {}) : Promise.resolve([])), [open]),
    [],
  )
  const postList = useLoaded(
    useCallback(
      () => (open ? call('organizations.posts', { includeDisabled: false }) : Promise.resolve([])),
      [open],
    ),
    [],
  )

  function reset() {
    picking.reset()
    setProblem(null)
  }

  async function submit() {
    setProblem(null)
    let run: (() => Promise<ParticipantsAddResult>) | null = null
    if (way === 'search') {
      if (picked.size === 0) return setProblem(txt.nothingPicked)
      const personIds = [...picked.keys()]
      run = () => call('participants.add', { activityId, personIds, role })
    } else if (way === 'filter') {
      if (count === 0) return setProblem(txt.nothingMatched)
      if (count !== null && count > BULK_PERSON_LIMIT)
        return setProblem(txt.tooMany(count, BULK_PERSON_LIMIT))
      const filter = toPersonFilter(choice)
      run = () => call('participants.addByFilter', { activityId, filter, role })
    } else {
      if (!orgId) return setProblem(txt.chooseOrganization)
      run = () =>
        call('participants.addFromOrganization', {
          activityId,
          organizationId: orgId,
          includeBranches: branches,
          role,
          ...(posts.length ? { posts } : {}),
        })
    }
    setBusy(true)
    try {
      const result = await run()
      message.success(txt.added(result.added, result.skipped))
      reset()
      onAdded(result)
    } catch (e) {
      setProblem(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  const okText =
    way === 'search'
      ? txt.submitSearch(picked.size)
      : way === 'filter'
        ? txt.submitFilter(count)
        : txt.submitOrganization

  return (
    <Modal
      open={open}
      title={txt.title}
      width={960}
      okText={okText}
      okButtonProps={{
        loading: busy,
        disabled: way === 'filter' && (count === null || count === 0),
      }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      styles={{ body: { minHeight: 420 } }}
    >
      <Tabs
        activeKey={way}
        onChange={(k) => {
          setWay(k as Way)
          setProblem(null)
        }}
        items={[
          ...picking.tabs,
          {
            key: 'organization',
            label: txt.byOrganization,
            children: (
              <Form layout="vertical" component="div">
                <Typography.Paragraph type="secondary">{txt.orgHint}</Typography.Paragraph>
                <Form.Item label={txt.organization} htmlFor="add-participants-org">
                  <TreeSelect
                    id="add-participants-org"
                    showSearch={{ treeNodeFilterProp: 'title' }}
                    treeDefaultExpandAll
                    value={orgId}
                    onChange={(v: string) => setOrgId(v)}
                    treeData={orgTreeOptions(orgs.data)}
                    loading={orgs.loading}
                    placeholder={t.organizationsUi.form.choose}
                    style={{ maxWidth: 480, width: '100%' }}
                  />
                </Form.Item>
                <Form.Item>
                  <Checkbox checked={branches} onChange={(e) => setBranches(e.target.checked)}>
                    {txt.includeBranches}
                  </Checkbox>
                </Form.Item>
                <Form.Item label={txt.posts} htmlFor="add-participants-posts">
                  <Select
                    id="add-participants-posts"
                    mode="multiple"
                    allowClear
                    value={posts}
                    onChange={setPosts}
                    options={postList.data.map((p) => ({ value: p.code, label: p.name }))}
                    style={{ maxWidth: 480, width: '100%' }}
                  />
                </Form.Item>
              </Form>
            ),
          },
        ]}
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 12 }}>
        <label htmlFor="add-participants-role">{txt.role}</label>
        <Select
          id="add-participants-role"
          value={role}
          onChange={setRole}
          options={roleOptions}
          style={{ width: 140 }}
        />
      </div>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
    </Modal>
  )
}
