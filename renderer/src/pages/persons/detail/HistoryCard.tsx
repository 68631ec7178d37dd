import { Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { PersonHistoryEntry } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'
import { SectionCard } from './SectionCard'

const txt = t.personsUi.detail

const columns: ColumnsType<PersonHistoryEntry> = [
  { title: txt.historyAt, dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
  {
    title: txt.historyUser,
    dataIndex: 'username',
    width: 110,
    render: (v: string | null) => v ?? t.common.none,
  },
  {
    title: txt.historyAction,
    dataIndex: 'actionName',
    width: 190,
    render: (v: string, r) =>
      r.result === 'ok' ? (
        v
      ) : (
        <>
          {v} <Tag color="orange">{t.settings.audit.results[r.result] ?? r.result}</Tag>
        </>
      ),
  },
  {
    title: txt.historyDetail,
    dataIndex: 'detail',
    ellipsis: { showTitle: false },
    render: (v: string | null) =>
      v ? (
        <Tooltip title={v} placement="topLeft">
          {v}
        </Tooltip>
      ) : (
        t.common.none
      ),
  },
]

/** Who changed what and when, from the audit log: field names only, never values. */
export function HistoryCard({ history }: { history: PersonHistoryEntry[] | null }) {
  return (
    <SectionCard id="history" title={t.personsUi.sections.history}>
      <Table<PersonHistoryEntry>
        size="small"
        columns={columns}
        dataSource={(history ?? []).map((r, i) => ({ ...r, key: i }))}
        loading={history === null}
        pagination={
          history && history.length > 20 ? { pageSize: 20, showSizeChanger: false } : false
        }
        locale={{ emptyText: txt.historyEmpty }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {txt.historyNote}
      </Typography.Text>
    </SectionCard>
  )
}
