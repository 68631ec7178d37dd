import { Table, Typography } from 'antd'
import type { ImportRowIssue, ImportRowReport } from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'

const txt = t.importsUi.preview

const columnOf = (i: ImportRowIssue) =>
  i.column ? `${i.column}${i.header ? `（${i.header}）` : ''}` : (i.fieldLabel ?? '')

/** Rows of one outcome with where they are in the file and why; updates list their changes. */
export function RowReportTable({
  rows,
  kind,
}: {
  rows: ImportRowReport[]
  kind: 'updates' | 'duplicates' | 'rejected' | 'warnings'
}) {
  return (
    <Table<ImportRowReport>
      size="small"
      rowKey={(r) => `${r.sheet}#${r.row}`}
      dataSource={rows}
      locale={{ emptyText: txt.emptyTab }}
      pagination={
        rows.length > 20 ? { pageSize: 20, showSizeChanger: false, hideOnSinglePage: true } : false
      }
      columns={[
        { title: txt.colSheet, dataIndex: 'sheet', width: 120 },
        { title: txt.colRow, dataIndex: 'row', width: 70, align: 'right' },
        {
          title: txt.colName,
          key: 'name',
          width: 110,
          render: (_, r) =>
            r.name ?? <Typography.Text type="secondary">{txt.noName}</Typography.Text>,
        },
        kind === 'updates'
          ? {
              title: txt.colChanges,
              key: 'changes',
              render: (_, r) => (
                <div>
                  {r.changes.map((c) => (
                    <div key={c.field}>{txt.changeLine(c.label, c.before, c.after)}</div>
                  ))}
                </div>
              ),
            }
          : {
              title: txt.colColumn,
              key: 'column',
              width: 160,
              render: (_, r) => (
                <div>
                  {r.issues.map((i, n) => (
                    <div key={n}>{columnOf(i)}</div>
                  ))}
                </div>
              ),
            },
        ...(kind === 'updates'
          ? []
          : [
              {
                title: txt.colReason,
                key: 'reason',
                render: (_: unknown, r: ImportRowReport) => (
                  <div>
                    {r.issues.map((i, n) => (
                      <div key={n}>{i.message}</div>
                    ))}
                  </div>
                ),
              },
            ]),
      ]}
    />
  )
}
