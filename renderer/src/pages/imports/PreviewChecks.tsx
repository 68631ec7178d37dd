import { Alert, Checkbox, Radio, Space, Table, Typography } from 'antd'
import type {
  ImportPreview,
  ImportReadingCheck,
  ImportSheetReport,
} from '../../../../shared/contract/imports'
import { IMPORT_ENCODINGS } from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'

const txt = t.importChecksUi

type Encoding = (typeof IMPORT_ENCODINGS)[number]

/** A text file's encoding as decided, with a switch for when the preview shows mojibake. */
export function EncodingSwitch(props: {
  preview: ImportPreview
  disabled: boolean
  onChange(encoding: Encoding): void
}) {
  const { encoding, encodingChosen } = props.preview
  if (!encoding || !(IMPORT_ENCODINGS as readonly string[]).includes(encoding)) return null
  return (
    <Space wrap size={8} style={{ marginBottom: 12 }} data-testid="encoding-switch">
      <Typography.Text strong>{txt.encodingLabel}</Typography.Text>
      <Radio.Group
        size="small"
        optionType="button"
        value={encoding}
        disabled={props.disabled}
        aria-label={txt.encodingLabel}
        options={IMPORT_ENCODINGS.map((e) => ({ value: e, label: txt.encodingNames[e] ?? e }))}
        onChange={(e) => props.onChange(e.target.value as Encoding)}
      />
      <Typography.Text type="secondary">
        {encodingChosen ? txt.encodingChosen : txt.encodingDecided}；{txt.encodingHint}
      </Typography.Text>
    </Space>
  )
}

/** Readings the user must confirm (year.month numbers) before the import can be applied. */
export function ReadingChecks(props: {
  checks: ImportReadingCheck[]
  confirmed: boolean
  onConfirmed(confirmed: boolean): void
}) {
  if (props.checks.length === 0) return null
  const c = txt.confirmColumns
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="reading-checks"
      title={txt.confirmTitle(props.checks.length)}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{txt.confirmHint}</Typography.Text>
          <Table<ImportReadingCheck>
            size="small"
            pagination={props.checks.length > 10 ? { pageSize: 10 } : false}
            rowKey={(r) => `${r.sheet}\u0000${r.row}\u0000${r.column ?? ''}`}
            dataSource={props.checks}
            columns={[
              { title: c.place, render: (_, r) => txt.place(r.sheet, r.row, r.column) },
              { title: c.name, dataIndex: 'name' },
              { title: c.field, dataIndex: 'fieldLabel' },
              { title: c.shown, dataIndex: 'shown' },
              {
                title: c.readAs,
                dataIndex: 'readAs',
                render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
              },
            ]}
          />
          <Checkbox checked={props.confirmed} onChange={(e) => props.onConfirmed(e.target.checked)}>
            {txt.confirmCheck}
          </Checkbox>
        </Space>
      }
    />
  )
}

/** The sheet's township taken from its name, and the switch to turn that off. */
export function SheetTownshipOption(props: {
  sheet: ImportSheetReport
  disabled: boolean
  onChange(on: boolean): void
}) {
  const township = props.sheet.sheetTownship
  if (!township) return null
  return (
    <Space wrap size={8} style={{ marginBottom: 8 }}>
      <Checkbox
        checked={township.applied}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      >
        {txt.townshipOption}
      </Checkbox>
      {township.applied && (
        <Typography.Text type="secondary">{txt.townshipValue(township.name)}</Typography.Text>
      )}
    </Space>
  )
}

/** One line over all sheets: which townships the sheet names fill in. */
export function townshipSummary(sheets: ImportSheetReport[]): string | null {
  const names = sheets.filter((s) => s.sheetTownship?.applied).map((s) => s.sheetTownship!.name)
  return names.length ? txt.townshipSummary(names) : null
}
