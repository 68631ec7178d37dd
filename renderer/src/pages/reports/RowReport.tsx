import { Table } from 'antd'
import type { ReceiptRow } from '../../../../shared/packages/format'
import { t } from '../../../../shared/i18n'
import { tableLabel } from './TableCounts'

const txt = t.reportsUi.columns

/** Rows that did not take as sent, row by row: who (name, masked ID number) and why. */
export function RowReport({ rows }: { rows: ReceiptRow[] }) {
  return (
    <Table
      size="small"
      rowKey={(r) => `${r.table}:${r.id}:${r.kind}`}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      columns={[
        { title: txt.table, dataIndex: 'table', width: 110, render: tableLabel },
        {
          title: txt.what,
          key: 'what',
          width: 260,
          render: (_, r) => r.label ?? r.id,
        },
        { title: txt.why, dataIndex: 'message' },
      ]}
    />
  )
}
