import { useCallback, useMemo, useState } from 'react'
import {
  App,
  Button,
  Card,
  Empty,
  Popconfirm,
  Segmented,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { PlusOutlined, SolutionOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../shared/contract'
import type { Organization } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { UnitFilter } from '../../lists/UnitFilter'
import { PageTitle } from '../PageTitle'
import { canWrite, isAdmin } from '../persons/common/access'
import { useDictionaries } from '../persons/common/dictionaryStore'
import { CrossMembershipAlert } from './CrossMembershipAlert'
import { LocalDictionaryModal } from './LocalDictionaryModal'
import { OrganizationFormModal } from './OrganizationFormModal'
import { orgFacts } from './orgFacts'
import {
  allIds,
  FAMILY_ORDER,
  inFamily,
  nestOrganizations,
  type OrgFamily,
  type OrgNode,
} from './orgTree'
import { postsApi } from './postsApi'

const txt = t.organizationsUi.list
const FAMILIES: (OrgFamily | 'all')[] = ['all', ...FAMILY_ORDER]

type Editing = { org: Organization | null; parent: Organization | null } | null

/** `#/organizations`: 新联会 and branches, 服务团 and 服务队, 实践创新基地, other bodies. */
export function OrganizationsPage({ session }: { session: SessionInfo }) {
  const { message } = App.useApp()
  const dict = useDictionaries()
  const [unit, setUnit] = useState<string>()
  const fetcher = useCallback(
    () => call('organizations.tree', unit ? { units: [unit] } : {}),
    [unit],
  )
  const { data: orgs, loading, reload } = useLoaded(fetcher, [] as Organization[])
  const cross = useLoaded(
    useCallback(() => call('organizations.crossCheck', {}), []),
    [],
  )
  const [family, setFamily] = useState<OrgFamily | 'all'>('all')
  const [editing, setEditing] = useState<Editing>(null)
  const [editingPosts, setEditingPosts] = useState(false)
  const writer = canWrite(session)
  const admin = isAdmin(session)

  const tree = useMemo(() => nestOrganizations(orgs, inFamily(family)), [orgs, family])
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const expanded = useMemo(() => allIds(tree).filter((id) => !collapsed.has(id)), [tree, collapsed])

  async function remove(o: Organization) {
    try {
      await call('organizations.delete', { id: o.id })
      message.success(txt.deleted(o.name))
      await reload()
      await cross.reload()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  const open = (o: Organization) => navigate(`/organizations/${encodeURIComponent(o.id)}`)
  const columns: ColumnsType<OrgNode> = [
    {
      title: txt.name,
      dataIndex: 'name',
      width: 330,
      render: (name: string, o) => (
        <Space size={6}>
          <Typography.Link
            href={`#/organizations/${encodeURIComponent(o.id)}`}
            onClick={(e) => e.stopPropagation()}
            style={{ fontWeight: o.depth === 0 ? 600 : 400 }}
          >
            {name}
          </Typography.Link>
          {!o.ownedHere && <Tag>{txt.notOwned}</Tag>}
        </Space>
      ),
    },
    {
      title: txt.kind,
      dataIndex: 'kind',
      width: 124,
      render: (k: string) => t.organizations.kinds[k] ?? k,
    },
    {
      title: txt.level,
      dataIndex: 'level',
      width: 126,
      render: (l: string | null) => (l ? t.organizations.levels[l] : t.common.none),
    },
    {
      title: txt.details,
      key: 'facts',
      ellipsis: true,
      render: (_, o) => (
        <>
          {o.exclusive && <Tag color="orange">{txt.exclusive}</Tag>}
          <Typography.Text type="secondary" title={orgFacts(o)}>
            {orgFacts(o)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: txt.leader,
      dataIndex: 'leaderName',
      width: 80,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: txt.members,
      dataIndex: 'memberCount',
      width: 70,
      align: 'right',
      render: (n: number) => txt.memberCount(n),
    },
    ...(writer
      ? [
          {
            title: t.common.actions,
            key: 'actions',
            width: admin ? 184 : 136,
            render: (_: unknown, o: OrgNode) =>
              o.ownedHere && (
                <Space size={0} onClick={(e) => e.stopPropagation()}>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setEditing({ org: null, parent: o })}
                  >
                    {txt.addChild}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setEditing({ org: o, parent: null })}
                  >
                    {t.common.edit}
                  </Button>
                  {admin && (
                    <Popconfirm
                      title={txt.confirmDelete(o.name)}
                      description={txt.confirmDeleteDetail(o.memberCount)}
                      okText={t.organizationsUi.detail.delete}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => void remove(o)}
                    >
                      <Button type="link" size="small" danger>
                        {t.organizationsUi.detail.delete}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ]

  return (
    <div style={{ maxWidth: 1400 }}>
      <PageTitle
        extra={
          <Space>
            {admin && (
              <Button icon={<SolutionOutlined />} onClick={() => setEditingPosts(true)}>
                {txt.posts}
              </Button>
            )}
            {writer && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ org: null, parent: null })}
              >
                {txt.add}
              </Button>
            )}
          </Space>
        }
      >
        {txt.title}
      </PageTitle>
      <CrossMembershipAlert warnings={cross.data} />
      <Card size="small" styles={{ body: { padding: 14 } }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 12 }}>
          <UnitFilter value={unit} onChange={setUnit} />
          <Segmented<OrgFamily | 'all'>
            value={family}
            onChange={setFamily}
            options={FAMILIES.map((f) => ({
              value: f,
              label: f === 'all' ? txt.all : txt.families[f],
            }))}
          />
          <Typography.Text strong style={{ marginLeft: 'auto' }}>
            {txt.total(orgs.filter(inFamily(family)).length)}
          </Typography.Text>
        </div>
        <Table<OrgNode>
          rowKey="id"
          size="small"
          aria-label={txt.title}
          loading={loading}
          columns={columns}
          dataSource={tree}
          pagination={false}
          expandable={{
            expandedRowKeys: expanded,
            onExpand: (isOpen, o) =>
              setCollapsed((c) => {
                const next = new Set(c)
                if (isOpen) next.delete(o.id)
                else next.add(o.id)
                return next
              }),
          }}
          onRow={(o) => ({ onDoubleClick: () => open(o) })}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={
                  orgs.length === 0 ? (
                    <>
                      <div>{txt.empty}</div>
                      {writer && (
                        <Typography.Text type="secondary">{txt.emptyHint}</Typography.Text>
                      )}
                    </>
                  ) : (
                    txt.emptyFamily
                  )
                }
              />
            ),
          }}
        />
      </Card>
      {writer && (
        <OrganizationFormModal
          open={editing !== null}
          organization={editing?.org ?? null}
          parent={editing?.parent ?? null}
          orgs={orgs}
          dict={dict}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void reload()
            void cross.reload()
          }}
        />
      )}
      {admin && (
        <LocalDictionaryModal
          open={editingPosts}
          title={t.organizationsUi.postsDict.title}
          intro={t.organizationsUi.postsDict.intro}
          api={postsApi}
          onClose={() => setEditingPosts(false)}
        />
      )}
    </div>
  )
}
