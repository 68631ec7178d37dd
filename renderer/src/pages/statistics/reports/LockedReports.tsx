import { Button, Space, Table, Typography } from 'antd'
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons'
import type { LockedReportSummary } from '../../../../../shared/contract/reports'
import { periodLabel } from '../../../../../shared/documents/yearReport'
import { t } from '../../../../../shared/i18n'
import { lockedReportPrintPath } from '../../../print/printLinks'
import { navigate } from '../../../router/hashRoute'

const txt = t.reportsTemplatesUi

/** Reports locked so far: each prints and exports exactly as it was frozen. */
export function LockedReports(props: {
  items: LockedReportSummary[]
  onExport: (id: string) => void
}) {
  return (
    <div data-testid="locked-reports">
      <Typography.Title level={5}>{txt.locked.heading}</Typography.Title>
      <Table<LockedReportSummary>
        size="small"
        rowKey="id"
        pagination={false}
        locale={{ emptyText: txt.locked.empty }}
        dataSource={props.items}
        columns={[
          { key: 'name', title: txt.locked.template, dataIndex: 'templateName' },
          { key: 'period', title: txt.locked.period, render: (_, l) => periodLabel(l.period) },
          {
            key: 'at',
            title: txt.locked.lockedAt,
            render: (_, l) => new Date(l.lockedAt).toLocaleString('zh-CN'),
          },
          { key: 'by', title: txt.locked.lockedBy, dataIndex: 'lockedBy' },
          { key: 'v', title: txt.locked.version, dataIndex: 'rulesVersion', width: 80 },
          {
            key: 'hash',
            title: txt.locked.hash,
            render: (_, l) => <Typography.Text code>{l.hash.slice(0, 16)}</Typography.Text>,
          },
          {
            key: 'actions',
            title: txt.locked.actions,
            render: (_, l) => (
              <Space>
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  onClick={() => navigate(lockedReportPrintPath(l.id))}
                >
                  {txt.print}
                </Button>
                <Button
                  size="small"
                  icon={<FileExcelOutlined />}
                  onClick={() => props.onExport(l.id)}
                >
                  {txt.export}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  )
}
