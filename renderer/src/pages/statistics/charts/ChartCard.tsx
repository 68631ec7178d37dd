import { useState } from 'react'
import { Button, Card, Dropdown, Empty, Segmented, Space, Table, Tooltip, Typography } from 'antd'
import { DownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'
import { EChart } from './EChart'
import { saveChart, type ImageKind } from './saveChart'
import type { ChartSpec } from './chartSpec'

const txt = t.statisticsUi

/**
 * One chart of 统计: the chart or the same numbers as a table, its definition on the
 * question mark, and 保存图片 as PNG or SVG. A chart with nothing to show says so.
 */
export function ChartCard({ spec, periodLine }: { spec: ChartSpec; periodLine: string }) {
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const save = (kind: ImageKind) =>
    saveChart(spec.option, {
      kind,
      title: spec.title,
      subtitle: periodLine,
      height: spec.height,
      fileName: txt.fileName(spec.title, spec.periodText, kind),
    })
  return (
    <Card
      size="small"
      data-chart={spec.key}
      title={
        <Space size={6}>
          <span>{spec.title}</span>
          <Tooltip title={spec.definition}>
            <QuestionCircleOutlined
              aria-label={txt.definitionLabel(spec.title)}
              tabIndex={0}
              style={{ color: '#8a94a6' }}
            />
          </Tooltip>
        </Space>
      }
      extra={
        <Space size={8}>
          <Segmented
            size="small"
            aria-label={txt.viewLabel(spec.title)}
            value={view}
            onChange={(v) => setView(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: txt.view.chart },
              { value: 'table', label: txt.view.table },
            ]}
          />
          <Dropdown
            disabled={!!spec.empty}
            menu={{
              items: [
                { key: 'png', label: txt.savePng },
                { key: 'svg', label: txt.saveSvg },
              ],
              onClick: ({ key }) => save(key as ImageKind),
            }}
          >
            <Button size="small" icon={<DownloadOutlined />}>
              {txt.save}
            </Button>
          </Dropdown>
        </Space>
      }
    >
      {spec.empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={spec.empty}
          style={{ height: spec.height - 40 }}
        />
      ) : view === 'chart' ? (
        <EChart option={spec.option} height={spec.height} onClick={spec.open} label={spec.title} />
      ) : (
        <Table
          size="small"
          rowKey="key"
          pagination={false}
          columns={spec.table.columns}
          dataSource={spec.table.rows}
          scroll={{ y: spec.height }}
        />
      )}
      {spec.note && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {spec.note}
        </Typography.Text>
      )}
    </Card>
  )
}
