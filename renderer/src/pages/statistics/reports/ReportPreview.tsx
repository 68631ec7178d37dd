import { Alert, Spin, Table, Typography } from 'antd'
import { t } from '../../../../../shared/i18n'
import { periodLabel } from '../../../../../shared/documents/yearReport'
import { indicatorText } from '../../../../../shared/i18n/indicators'
import { reportColumnNames, reportDocumentText } from '../../../../../shared/i18n/reports'
import {
  formatFigure,
  type ComputedReport,
  type ReportLine,
} from '../../../../../shared/reports/report'

const txt = t.reportsTemplatesUi.preview

/** The report on screen as it will print: sections as spanning rows, 其中 lines indented. */
export function ReportPreview(props: { report: ComputedReport | null; loading: boolean }) {
  const { report } = props
  const columns = report?.template.columns ?? []
  const sectionCols = 2 + columns.length
  return (
    <div data-testid="report-preview">
      <Typography.Title level={5}>
        {txt.heading}
        {props.loading && <Spin size="small" style={{ marginLeft: 8 }} />}
      </Typography.Title>
      {report && (
        // 填报单位 and period as printed: at a city narrowed to one unit, that unit's name.
        <Typography.Paragraph type="secondary" data-testid="report-info-line">
          {reportDocumentText.info(report.unitName, periodLabel(report.period))}
        </Typography.Paragraph>
      )}
      {report?.unavailable.map((u) => (
        <Alert
          key={u}
          type="info"
          showIcon
          title={indicatorText.unavailable[u] ?? txt.unavailable}
        />
      ))}
      <Table<ReportLine & { n: number }>
        size="small"
        bordered
        pagination={false}
        rowKey="n"
        loading={!report && props.loading}
        dataSource={(report?.lines ?? []).map((l, n) => ({ ...l, n }))}
        columns={[
          {
            key: 'label',
            title: txt.item,
            onCell: (l) => ({ colSpan: l.kind === 'section' ? sectionCols : 1 }),
            render: (_, l) =>
              l.kind === 'section' ? (
                <strong>{l.label}</strong>
              ) : (
                <span style={{ paddingLeft: l.indent * 24 }}>{l.label}</span>
              ),
          },
          {
            key: 'unit',
            title: txt.unit,
            width: 70,
            align: 'center',
            onCell: (l) => ({ colSpan: l.kind === 'section' ? 0 : 1 }),
            render: (_, l) => l.unit,
          },
          ...columns.map((c, i) => ({
            key: c,
            title: reportColumnNames[c],
            width: 110,
            align: 'right' as const,
            onCell: (l: ReportLine) => ({ colSpan: l.kind === 'section' ? 0 : 1 }),
            render: (_: unknown, l: ReportLine) =>
              formatFigure(l.values[i] ?? null, c, l.decimals, reportDocumentText.notAvailable),
          })),
        ]}
      />
      {report?.template.notes.map((n, i) => (
        <Typography.Paragraph key={i} type="secondary" style={{ margin: '4px 0 0' }}>
          {reportDocumentText.note(i + 1, n)}
        </Typography.Paragraph>
      ))}
    </div>
  )
}
