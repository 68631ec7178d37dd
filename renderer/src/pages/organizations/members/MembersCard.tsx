import { useCallback, useState } from 'react'
import { App, Button, Card, Checkbox, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PrinterOutlined, UserAddOutlined } from '@ant-design/icons'
import { codeName } from '../../../../../shared/codes/lookup'
import { SEX } from '../../../../../shared/codes/sex'
import type {
  LocalDictionaryEntry,
  Membership,
  OrganizationDetail,
} from '../../../../../shared/contract/organizations'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { errorText } from '../../../forms/serverIssues'
import { rosterPrintPath } from '../../../print/printLinks'
import { RosterExportButton } from '../../imports/export/RosterExportButton'
import { navigate } from '../../../router/hashRoute'
import { AddMembersModal } from './AddMembersModal'
import { MembershipModal } from './MembershipModal'

const txt = t.organizationsUi.detail
const cols = txt.columns

/**
 * An organization's members with post and term; add from the register, end a term, fix or
 * delete a record. An add that makes a cross-membership says so at once; the page's own
 * warning list follows.
 */
export function MembersCard({
  organization: org,
  posts,
  writable,
  onChanged,
}: {
  organization: OrganizationDetail
  posts: LocalDictionaryEntry[]
  writable: boolean
  /** Counts or warnings of the page may have moved. */
  onChanged(): void
}) {
  const { message, notification } = App.useApp()
  const [branches, setBranches] = useState(false)
  const [ended, setEnded] = useState(false)
  const [adding, setAdding] = useState(false)
  const [editing, setEditing] = useState<{ m: Membership; endTerm: boolean } | null>(null)

  const fetcher = useCallback(
    () =>
      call('organizations.members', { id: org.id, includeBranches: branches, includeEnded: ended }),
    [org.id, branches, ended],
  )
  const { data, loading, reload } = useLoaded(fetcher, [] as Membership[])
  const changed = () => {
    void reload()
    onChanged()
  }

  async function remove(m: Membership) {
    try {
      await call('memberships.remove', { id: m.id })
      message.success(txt.removed(m.personName))
      changed()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const active = data.filter((m) => m.active).length
  const columns: ColumnsType<Membership> = [
    {
      title: cols.name,
      dataIndex: 'personName',
      width: 96,
      render: (name: string, m) => (
        <Typography.Link href={`#/persons/${encodeURIComponent(m.personId)}`}>
          {name}
        </Typography.Link>
      ),
    },
    {
      title: cols.sex,
      dataIndex: 'personSex',
      width: 52,
      render: (v: string | null) => codeName(SEX, v) ?? t.common.none,
    },
    { title: cols.post, dataIndex: 'postName', width: 100 },
    {
      title: cols.employer,
      dataIndex: 'personEmployer',
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.jobTitle,
      dataIndex: 'personJobTitle',
      width: 110,
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    ...(branches
      ? [
          {
            title: cols.organization,
            dataIndex: 'organizationName',
            width: 140,
            ellipsis: true,
          },
        ]
      : []),
    {
      title: cols.term,
      dataIndex: 'term',
      width: 80,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: cols.period,
      key: 'period',
      width: 190,
      render: (_, m) => <span className="pl-mono">{txt.period(m.startDate, m.endDate)}</span>,
    },
    {
      title: cols.state,
      dataIndex: 'active',
      width: 76,
      render: (a: boolean) => (a ? <Tag color="green">{txt.active}</Tag> : <Tag>{txt.ended}</Tag>),
    },
    ...(writable
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: 150,
            render: (_: unknown, m: Membership) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing({ m, endTerm: false })}>
                  {txt.editMembership}
                </Button>
                {m.active && (
                  <Button type="link" size="small" onClick={() => setEditing({ m, endTerm: true })}>
                    {txt.endTerm}
                  </Button>
                )}
                <Popconfirm
                  title={txt.confirmRemove(m.personName)}
                  description={txt.confirmRemoveDetail}
                  okText={txt.remove}
                  okButtonProps={{ danger: true }}
                  styles={{ root: { maxWidth: 360 } }}
                  onConfirm={() => void remove(m)}
                >
                  <Button type="link" size="small" danger>
                    {txt.remove}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ]

  const roster = rosterPrintPath({
    kind: 'organization',
    organizationId: org.id,
    includeBranches: branches,
  })
  return (
    <Card
      size="small"
      title={
        <Space size={12}>
          {txt.members}
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {ended ? txt.memberTotalEnded(active, data.length - active) : txt.memberTotal(active)}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          {org.childCount > 0 && (
            <Checkbox checked={branches} onChange={(e) => setBranches(e.target.checked)}>
              {txt.includeBranches}
            </Checkbox>
          )}
          <Checkbox checked={ended} onChange={(e) => setEnded(e.target.checked)}>
            {txt.includeEnded}
          </Checkbox>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(roster)}>
            {txt.printRoster}
          </Button>
          <RosterExportButton
            source={{ kind: 'organization', organizationId: org.id, includeBranches: branches }}
          />
          {writable && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
              {txt.addMembers}
            </Button>
          )}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <Table<Membership>
        rowKey="id"
        size="small"
        aria-label={txt.members}
        loading={loading}
        columns={columns}
        dataSource={data}
        pagination={
          data.length > 50
            ? { pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }
            : false
        }
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                <>
                  <div>{txt.noMembers}</div>
                  {writable && (
                    <Typography.Text type="secondary">{txt.noMembersHint}</Typography.Text>
                  )}
                </>
              }
            />
          ),
        }}
      />
      {writable && (
        <>
          <AddMembersModal
            organization={org}
            posts={posts}
            open={adding}
            onClose={() => setAdding(false)}
            onAdded={(r) => {
              setAdding(false)
              if (r.warnings.length)
                notification.warning({
                  title: t.organizationsUi.addMembers.warningsTitle,
                  description: (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {r.warnings.map((w) => (
                        <li key={`${w.personId}-${w.otherOrganizationId}`}>{w.message}</li>
                      ))}
                    </ul>
                  ),
                  duration: 10,
                })
              changed()
            }}
          />
          <MembershipModal
            membership={editing?.m ?? null}
            endTerm={editing?.endTerm ?? false}
            posts={posts}
            onClose={() => setEditing(null)}
            onSaved={() => {
              setEditing(null)
              changed()
            }}
          />
        </>
      )}
    </Card>
  )
}
