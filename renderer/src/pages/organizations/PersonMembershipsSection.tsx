import { useCallback } from 'react'
import { Alert, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Membership, PersonMemberships } from '../../../../shared/contract/organizations'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'

const txt = t.organizationsUi.person
const detail = t.organizationsUi.detail
const EMPTY: PersonMemberships = { memberships: [], warnings: [] }

/** The organizations a person belongs to, with post and term, and any cross-membership. */
export function PersonMembershipsSection({ personId }: { personId: string }) {
  const fetcher = useCallback(() => call('memberships.ofPerson', { personId }), [personId])
  const { data, loading } = useLoaded(fetcher, EMPTY)

  const columns: ColumnsType<Membership> = [
    {
      title: txt.organization,
      dataIndex: 'organizationPath',
      ellipsis: true,
      render: (path: string, m) => (
        <Typography.Link href={`#/organizations/${encodeURIComponent(m.organizationId)}`}>
          {path}
        </Typography.Link>
      ),
    },
    { title: txt.post, dataIndex: 'postName', width: 110 },
    {
      title: txt.term,
      dataIndex: 'term',
      width: 90,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: txt.period,
      key: 'period',
      width: 200,
      render: (_, m) => detail.period(m.startDate, m.endDate),
    },
    {
      title: txt.state,
      dataIndex: 'active',
      width: 80,
      render: (a: boolean) =>
        a ? <Tag color="green">{detail.active}</Tag> : <Tag>{detail.ended}</Tag>,
    },
  ]

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {data.warnings.map((w) => (
        <Alert
          key={`${w.organizationId}-${w.otherOrganizationId}`}
          type="warning"
          showIcon
          title={w.message}
        />
      ))}
      {data.memberships.length > 0 || loading ? (
        <Table<Membership>
          rowKey="id"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data.memberships}
          pagination={false}
        />
      ) : (
        <Typography.Text type="secondary">{txt.none}</Typography.Text>
      )}
    </div>
  )
}
