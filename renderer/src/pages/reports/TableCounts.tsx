import { Table } from 'antd'
import type { TableCounts, TablePreview } from '../../../../shared/contract/packages'
import { t } from '../../../../shared/i18n'

const txt = t.reportsUi
export const tableLabel = (table: string): string => txt.tables[table] ?? table

/** Rows to send per table, as the export preview counts them. */
export function PreviewCounts({ tables }: { tables: TablePreview[] }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="table"
      dataSource={tables.filter((x) => x.rows || x.deleted)}
      columns={[
        { title: txt.columns.table, dataIndex: 'table', render: tableLabel },
        { title: txt.columns.rows, dataIndex: 'rows', align: 'right' },
        { title: txt.columns.deleted, dataIndex: 'deleted', align: 'right' },
      ]}
    />
  )
}

/** What an import does (or would do) per table: 新增 / 修改 / 删除 / 未变 / 未采用. */
export function AppliedCounts({ counts }: { counts: Record<string, TableCounts> }) {
  const rows = Object.entries(counts)
    .map(([table, c]) => ({ table, ...c }))
    .filter((r) => r.inserted || r.updated || r.deleted || r.unchanged || r.ignored)
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="table"
      dataSource={rows}
      columns={[
        { title: txt.columns.table, dataIndex: 'table', render: tableLabel },
        { title: txt.columns.inserted, dataIndex: 'inserted', align: 'right' },
        { title: txt.columns.updated, dataIndex: 'updated', align: 'right' },
        { title: txt.columns.deleted, dataIndex: 'deleted', align: 'right' },
        { title: txt.columns.unchanged, dataIndex: 'unchanged', align: 'right' },
        { title: txt.columns.ignored, dataIndex: 'ignored', align: 'right' },
      ]}
    />
  )
}
