import { Alert, Button, Card, Space, Spin, Tabs, Tag, Tooltip, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type {
  ImportField,
  ImportPreview,
  ImportRowReport,
  ImportSheetReport,
} from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'
import { formatDateTime } from '../../format/dateTime'
import { ImportCountsBar } from './ImportCountsBar'
import {
  EncodingSwitch,
  ReadingChecks,
  SheetTownshipOption,
  townshipSummary,
} from './PreviewChecks'
import { MappingEditor } from './MappingEditor'
import { RowReportTable } from './RowReportTable'

const txt = t.importsUi.preview

const imported = (r: ImportRowReport) =>
  r.status === 'created' || r.status === 'updated' || r.status === 'unchanged'

/** The rows of a preview or a result, one tab per outcome the user must look at. */
export function RowTabs({ rows, truncated }: { rows: ImportRowReport[]; truncated: boolean }) {
  const groups = {
    rejected: rows.filter((r) => r.status === 'rejected'),
    updates: rows.filter((r) => r.status === 'updated'),
    duplicates: rows.filter((r) => r.status === 'duplicate'),
    warnings: rows.filter((r) => imported(r) && r.issues.length > 0),
  }
  const order = ['rejected', 'updates', 'duplicates', 'warnings'] as const
  return (
    <>
      {truncated && (
        <Alert
          type="info"
          showIcon
          title={txt.truncated(rows.length)}
          style={{ marginBottom: 8 }}
        />
      )}
      <Tabs
        size="small"
        items={order.map((k) => ({
          key: k,
          label: txt.tabs[k](groups[k].length),
          children: <RowReportTable rows={groups[k]} kind={k} />,
        }))}
      />
    </>
  )
}

export interface PreviewStepProps {
  preview: ImportPreview
  sheets: ImportSheetReport[]
  remapping: boolean
  onField(sheet: string, index: number, field: ImportField | null): void
  onTownship(sheet: string, on: boolean): void
  onEncoding(encoding: 'UTF-8' | 'GB18030'): void
  datesConfirmed: boolean
  onDatesConfirmed(confirmed: boolean): void
  onErrorReport(): void
  onConfirm(): void
  onCancel(): void
}

/** What the import will do, the column mapping to correct, and the rows to look at. */
export function PreviewStep(props: PreviewStepProps) {
  const { preview, sheets, remapping } = props
  const c = preview.counts
  const mustConfirm = preview.toConfirm.length > 0 && !props.datesConfirmed
  const canApply = c.created + c.updated > 0 && !mustConfirm
  const townships = townshipSummary(sheets)
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {txt.fileLine(preview.fileName, preview.encoding)}
        </Typography.Paragraph>
        <EncodingSwitch preview={preview} disabled={remapping} onChange={props.onEncoding} />
        <Spin spinning={remapping} description={txt.remapping}>
          <ImportCountsBar counts={c} />
        </Spin>
        {preview.previousImports.map((p) => (
          <Alert
            key={p.batchId}
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={txt.previousImport(formatDateTime(p.at), p.username)}
          />
        ))}
        {townships && <Alert type="info" showIcon style={{ marginTop: 12 }} title={townships} />}
      </Card>

      <ReadingChecks
        checks={preview.toConfirm}
        confirmed={props.datesConfirmed}
        onConfirmed={props.onDatesConfirmed}
      />

      <Card size="small" title={txt.sheets}>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {txt.mappingHint}
        </Typography.Paragraph>
        <Tabs
          size="small"
          items={sheets.map((s) => ({
            key: s.name,
            label: (
              <span>
                {s.name}
                {s.status !== 'read' && (
                  <Tag style={{ marginLeft: 6 }}>{txt.sheetStatus[s.status]}</Tag>
                )}
              </span>
            ),
            children:
              s.status === 'read' ? (
                <>
                  <Typography.Paragraph style={{ marginBottom: 8 }}>
                    {txt.sheetRead(s.headerRows, s.dataRows, s.skippedRows)}
                  </Typography.Paragraph>
                  <SheetTownshipOption
                    sheet={s}
                    disabled={remapping}
                    onChange={(on) => props.onTownship(s.name, on)}
                  />
                  <MappingEditor
                    sheet={s}
                    fields={preview.fields}
                    disabled={remapping}
                    onChange={(index, field) => props.onField(s.name, index, field)}
                  />
                </>
              ) : (
                <Alert type="warning" showIcon title={s.message ?? txt.sheetStatus[s.status]} />
              ),
          }))}
        />
      </Card>

      <Card
        size="small"
        extra={
          <Tooltip title={txt.errorReportHint}>
            <Button
              icon={<FileExcelOutlined />}
              disabled={c.rejected + c.duplicates === 0}
              onClick={props.onErrorReport}
            >
              {txt.errorReport}
            </Button>
          </Tooltip>
        }
        title={txt.rowsTitle}
      >
        <RowTabs rows={preview.rows} truncated={preview.rowsTruncated} />
      </Card>

      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', alignItems: 'center' }}>
        {mustConfirm && (
          <Typography.Text type="warning">{t.importChecksUi.confirmFirst}</Typography.Text>
        )}
        {!mustConfirm && !canApply && (
          <Typography.Text type="warning">{txt.nothingToImport}</Typography.Text>
        )}
        <Button onClick={props.onCancel}>{txt.cancel}</Button>
        <Button type="primary" disabled={!canApply || remapping} onClick={props.onConfirm}>
          {txt.confirm(c)}
        </Button>
      </div>
    </Space>
  )
}
