import { useCallback } from 'react'
import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { PersonActivities, PersonParticipation } from '../../../../shared/contract/activities'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { StatusTag } from './StatusTag'

const txt = t.activitiesUi.person
const EMPTY: PersonActivities = { activityCount: 0, trainingCount: 0, summaryText: '', items: [] }

/**
 * What a person took part in, newest first, under `参加活动 N 次，培训 N 期` (attended: marked
 * 出席 at an activity that was not cancelled). Drops into the person's page.
 */
export function PersonActivitiesSection({ personId }: { personId: string }) {
  const fetcher = useCallback(() => call('activities.ofPerson', { personId }), [personId])
  const { data, loading } = useLoaded(fetcher, EMPTY)

  const columns: ColumnsType<PersonParticipation> = [
    { title: txt.date, dataIndex: 'startDate', width: 110 },
    {
      title: txt.title,
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, p) => (
        <Typography.Link href={`#/activities/${encodeURIComponent(p.activityId)}`}>
          {title}
        </Typography.Link>
      ),
    },
    {
      title: txt.type,
      dataIndex: 'typeName',
      width: 110,
      render: (name: string, p) => (p.isTraining ? <Tag color="purple">{name}</Tag> : name),
    },
    {
      title: t.activitiesUi.list.columns.status,
      dataIndex: 'status',
      width: 90,
      render: (s: PersonParticipation['status']) => <StatusTag status={s} />,
    },
    {
      title: txt.role,
      dataIndex: 'role',
      width: 90,
      render: (r: string) => t.activities.roles[r] ?? r,
    },
    {
      title: txt.attendance,
      dataIndex: 'attendance',
      width: 90,
      render: (a: string) => t.activities.attendance[a] ?? a,
    },
  ]

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <Typography.Text strong data-testid="person-activity-counts" style={{ fontSize: 15 }}>
        {loading && !data.summaryText ? t.common.loading : data.summaryText}
      </Typography.Text>
      {data.items.length > 0 || loading ? (
        <Table<PersonParticipation>
          rowKey="activityId"
          size="small"
          loading={loading}
          columns={columns}
          dataSource={data.items}
          pagination={data.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        />
      ) : (
        <Typography.Text type="secondary">{txt.none}</Typography.Text>
      )}
    </div>
  )
}
