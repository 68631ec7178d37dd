import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { CheckpointCheck } from '../../../../../shared/audit/checkpoint'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'

const txt = t.auditCheckpoints

const columns: ColumnsType<CheckpointCheck> = [
  {
    title: txt.source,
    dataIndex: 'source',
    width: 110,
    render: (s: CheckpointCheck['source']) => txt.sources[s],
  },
  { title: txt.origin, dataIndex: 'origin', ellipsis: true },
  { title: txt.seq, dataIndex: 'seq', width: 90, render: (v: number | null) => v ?? t.common.none },
  {
    title: txt.at,
    dataIndex: 'at',
    width: 168,
    render: (v: string | null) => (v ? formatDateTime(v) : t.common.none),
  },
  {
    title: txt.reason,
    dataIndex: 'reason',
    width: 120,
    render: (r: CheckpointCheck['reason']) => (r ? txt.reasons[r] : t.common.none),
  },
  {
    title: txt.status,
    dataIndex: 'status',
    width: 260,
    render: (s: CheckpointCheck['status']) => (
      <Tag color={s === 'holds' ? 'green' : 'red'}>{txt.statuses[s]}</Tag>
    ),
  },
]

/**
 * Each signed checkpoint verify found, outside ones first (they are the evidence that
 * counts), then the database's own, newest first.
 */
export function CheckpointsTable({ checks }: { checks: CheckpointCheck[] }) {
  const outside = checks.filter((c) => c.source !== 'database')
  const inside = checks.filter((c) => c.source === 'database').reverse()
  const held = checks.filter((c) => c.status === 'holds').length
  return (
    <div style={{ marginBottom: 12 }} aria-label={txt.title} role="region">
      <Typography.Title level={5}>{txt.title}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {checks.length === 0
          ? txt.none
          : txt.summary(
              held,
              checks.length,
              outside.filter((c) => c.status === 'holds').length,
            )}{' '}
        {txt.outsideNote}
      </Typography.Paragraph>
      {checks.length > 0 && (
        <Table<CheckpointCheck>
          rowKey={(c) => `${c.source}:${c.origin}`}
          size="small"
          columns={columns}
          dataSource={[...outside, ...inside]}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
        />
      )}
    </div>
  )
}
