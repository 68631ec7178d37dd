import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd'
import type {
  LedgerField,
  LedgerImportPreview,
  LedgerRowReport,
  LedgerSheetReport,
} from '../../../../../shared/contract/suggestionImport'
import { t } from '../../../../../shared/i18n'
import { formatDateTime } from '../../../format/dateTime'
import { MappingEditor } from '../../imports/MappingEditor'
import { SubmitterCell } from './SubmitterCell'

const txt = t.suggestionImport
const cols = txt.ui.columns

const STATUS_COLORS: Record<LedgerRowReport['status'], string> = {
  create: 'green',
  duplicate: 'default',
  repeated: 'default',
  rejected: 'red',
}

export const pickKey = (r: { sheet: string; row: number }) => `${r.sheet}\u0000${r.row}`

/** Mapping, counts and every row with its problems; undecided submitters can be picked here. */
export function LedgerPreview({
  preview,
  sheets,
  remapping,
  picks,
  onField,
  onPick,
  onConfirm,
  onCancel,
}: {
  preview: LedgerImportPreview
  sheets: LedgerSheetReport[]
  remapping: boolean
  picks: ReadonlyMap<string, ReadonlyMap<number, string>>
  onField(sheet: string, index: number, field: LedgerField | null): void
  onPick(row: LedgerRowReport, index: number, personId: string | null): void
  onConfirm(): void
  onCancel(): void
}) {
  const c = preview.counts
  const unmatched =
    c.unmatched -
    [...picks.entries()].reduce(
      (n, [key, m]) =>
        n + (preview.rows.find((r) => pickKey(r) === key)?.status === 'create' ? m.size : 0),
      0,
    )
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {preview.previousImports.map((b) => (
        <Alert
          key={b.batchId}
          type="warning"
          showIcon
          title={txt.ui.previous(formatDateTime(b.at), b.username ?? '')}
        />
      ))}
      {sheets
        .filter((s) => s.message)
        .map((s) => (
          <Alert key={s.name} type="info" showIcon title={s.message} />
        ))}
      <Card size="small" title={txt.ui.mappingTitle}>
        <Typography.Paragraph type="secondary">{txt.ui.mappingHint}</Typography.Paragraph>
        {sheets
          .filter((s) => s.status === 'read')
          .map((s) => (
            <MappingEditor<LedgerField>
              key={s.name}
              sheet={s}
              fields={preview.fields}
              disabled={remapping}
              onChange={(index, field) => onField(s.name, index, field)}
            />
          ))}
      </Card>
      <Card size="small" title={txt.ui.previewTitle}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Alert type={c.rejected ? 'warning' : 'success'} showIcon title={txt.ui.counts(c)} />
          {unmatched > 0 && <Alert type="info" showIcon title={txt.ui.unmatched(unmatched)} />}
          <Table<LedgerRowReport>
            size="small"
            rowKey={pickKey}
            dataSource={preview.rows}
            pagination={false}
            loading={remapping}
            scroll={{ x: 1300 }}
            aria-label={txt.ui.previewTitle}
            columns={[
              { title: cols.row, dataIndex: 'row', width: 56 },
              {
                title: cols.status,
                key: 'status',
                width: 84,
                render: (_, r) => (
                  <Tag color={STATUS_COLORS[r.status]}>{txt.statuses[r.status]}</Tag>
                ),
              },
              { title: cols.title, dataIndex: 'title', width: 260 },
              {
                title: cols.problems,
                key: 'problems',
                width: 280,
                render: (_, r) =>
                  r.problems.map((p, i) => (
                    <Typography.Text
                      key={i}
                      type={r.status === 'rejected' ? 'danger' : 'secondary'}
                      style={{ display: 'block' }}
                    >
                      {p.column ? `${p.column} ${p.fieldLabel ?? ''}：` : ''}
                      {p.message}
                    </Typography.Text>
                  )),
              },
              { title: cols.date, dataIndex: 'submittedOn', width: 100 },
              { title: cols.kind, dataIndex: 'kindName', width: 90 },
              {
                title: cols.submitters,
                key: 'submitters',
                width: 330,
                render: (_, r) => (
                  <SubmitterCell
                    submitters={r.submitters}
                    picked={picks.get(pickKey(r)) ?? new Map()}
                    disabled={r.status !== 'create'}
                    onPick={(i, id) => onPick(r, i, id)}
                  />
                ),
              },
              { title: cols.channel, dataIndex: 'channelName', width: 110 },
              { title: cols.adoptions, dataIndex: 'adoptions', width: 160 },
              { title: cols.instructions, dataIndex: 'instructions', width: 130 },
            ]}
          />
        </Space>
      </Card>
      <Space>
        <Button type="primary" disabled={remapping || c.create === 0} onClick={onConfirm}>
          {c.create === 0 ? txt.ui.nothingToImport : txt.ui.confirm}
        </Button>
        <Button onClick={onCancel}>{txt.ui.reselect}</Button>
      </Space>
    </Space>
  )
}
