import { useCallback, useState } from 'react'
import {
  App,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd'
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons'
import type { SessionInfo } from '../../../../shared/contract'
import type { Organization } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useRecord } from '../../api/useRecord'
import { useLoaded } from '../../api/useLoaded'
import { errorText } from '../../forms/serverIssues'
import { navigate } from '../../router/hashRoute'
import { RecordPending } from '../RecordPending'
import { PageTitle } from '../PageTitle'
import { canWrite, isAdmin } from '../persons/common/access'
import { useDictionaries } from '../persons/common/dictionaryStore'
import { CrossMembershipAlert } from './CrossMembershipAlert'
import { MembersCard } from './members/MembersCard'
import { OrganizationFormModal } from './OrganizationFormModal'
import { organizationItems } from './organizationItems'
import { orgFacts } from './orgFacts'
import '../persons/common/persons.css'

const txt = t.organizationsUi.detail
const list = t.organizationsUi.list

/** `#/organizations/:id`: what the organization is, its branches, and its members. */
export function OrganizationDetailPage({ id, session }: { id: string; session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const dict = useDictionaries()
  const {
    record: org,
    error,
    load,
  } = useRecord(useCallback(() => call('organizations.get', { id }), [id]))
  const [editing, setEditing] = useState<{
    org: Organization | null
    parent: Organization | null
  } | null>(null)
  const posts = useLoaded(
    useCallback(() => call('organizations.posts', { includeDisabled: true }), []),
    [],
  )
  const tree = useLoaded(
    useCallback(() => call('organizations.tree', {}), []),
    [],
  )
  // Warnings beside the record: when the record itself cannot be read, the page says so once.
  const cross = useLoaded(
    useCallback(() => call('organizations.crossCheck', { id }).catch(() => []), [id]),
    [],
  )

  if (!org) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t.errors.NOT_FOUND}
        failedTitle={txt.loadFailed}
        back={{ label: txt.back, path: '/organizations' }}
      />
    )
  }

  const writable = canWrite(session) && org.ownedHere
  const refresh = () => {
    void load()
    void cross.reload()
  }

  function confirmDelete() {
    const o = org!
    modal.confirm({
      title: list.confirmDelete(o.name),
      content: list.confirmDeleteDetail(o.memberCount),
      okText: txt.delete,
      okButtonProps: { danger: true },
      async onOk() {
        try {
          await call('organizations.delete', { id: o.id })
          message.success(list.deleted(o.name))
          navigate(
            o.parentId ? `/organizations/${encodeURIComponent(o.parentId)}` : '/organizations',
          )
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }

  return (
    <div style={{ maxWidth: 1280 }}>
      <Breadcrumb
        style={{ marginBottom: 4 }}
        items={[
          { title: list.title, href: '#/organizations' },
          ...org.ancestors.map((a) => ({
            title: a.name,
            href: `#/organizations/${encodeURIComponent(a.id)}`,
          })),
          { title: org.name },
        ]}
      />
      <PageTitle
        extra={
          writable && (
            <Space wrap>
              <Button
                icon={<PlusOutlined />}
                onClick={() => setEditing({ org: null, parent: org })}
              >
                {list.addChild}
              </Button>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => setEditing({ org, parent: null })}
              >
                {txt.edit}
              </Button>
              {isAdmin(session) && (
                <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
                  {txt.delete}
                </Button>
              )}
            </Space>
          )
        }
      >
        <Space size={10} align="center">
          <Tooltip title={txt.back}>
            <Button
              type="text"
              aria-label={txt.back}
              icon={<ArrowLeftOutlined />}
              onClick={() => navigate('/organizations')}
            />
          </Tooltip>
          <span>{org.name}</span>
          <Tag color="blue">{t.organizations.kinds[org.kind]}</Tag>
          {org.exclusive && <Tag color="orange">{list.exclusive}</Tag>}
        </Space>
      </PageTitle>
      {!org.ownedHere && (
        <Typography.Paragraph type="secondary">{txt.notOwned}</Typography.Paragraph>
      )}
      <CrossMembershipAlert warnings={cross.data} />
      <Card size="small" title={txt.info} style={{ marginBottom: 12 }}>
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, sm: 1, md: 2, lg: 3, xl: 3, xxl: 3 }}
          styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
          items={organizationItems(org, dict)}
        />
      </Card>
      {org.children.length > 0 && (
        <Card size="small" title={txt.children} style={{ marginBottom: 12 }}>
          <Table<Organization>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={org.children}
            columns={[
              {
                title: list.name,
                dataIndex: 'name',
                render: (name: string, o) => (
                  <Typography.Link href={`#/organizations/${encodeURIComponent(o.id)}`}>
                    {name}
                  </Typography.Link>
                ),
              },
              {
                title: list.kind,
                dataIndex: 'kind',
                width: 130,
                render: (k: string) => t.organizations.kinds[k],
              },
              {
                title: list.details,
                key: 'facts',
                ellipsis: true,
                render: (_, o) => orgFacts(o),
              },
              { title: list.leader, dataIndex: 'leaderName', width: 90 },
              {
                title: list.members,
                dataIndex: 'memberCount',
                width: 80,
                align: 'right',
                render: (n: number) => list.memberCount(n),
              },
            ]}
          />
        </Card>
      )}
      <MembersCard organization={org} posts={posts.data} writable={writable} onChanged={refresh} />
      {writable && (
        <OrganizationFormModal
          open={editing !== null}
          organization={editing?.org ?? null}
          parent={editing?.parent ?? null}
          orgs={tree.data}
          dict={dict}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null)
            void tree.reload()
            if (saved.id === org.id) refresh()
            else navigate(`/organizations/${encodeURIComponent(saved.id)}`)
          }}
        />
      )}
    </div>
  )
}
