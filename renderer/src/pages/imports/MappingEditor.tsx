import { Select, Table, Tag, Typography } from 'antd'
import type {
  ImportColumnSource,
  ImportField,
  ImportSheetColumn,
} from '../../../../shared/contract/imports'
import { t } from '../../../../shared/i18n'

const txt = t.importsUi.preview

const SOURCE_COLORS: Record<ImportColumnSource, string | undefined> = {
  header: 'green',
  memory: 'blue',
  manual: 'purple',
  none: undefined,
}

export interface MappingEditorProps<F extends string> {
  sheet: { name: string; columns: ImportSheetColumn<F>[] }
  fields: { field: F; label: string }[]
  disabled?: boolean
  onChange(index: number, field: F | null): void
}

/**
 * One sheet's columns: the header as the file has it, and what the column imports as (a
 * roster's person fields, a ledger's suggestion fields).
 */
export function MappingEditor<F extends string = ImportField>({
  sheet,
  fields,
  disabled,
  onChange,
}: MappingEditorProps<F>) {
  const options = [
    { value: '', label: txt.notImported },
    ...fields.map((f) => ({ value: f.field, label: f.label })),
  ]
  return (
    <Table<ImportSheetColumn<F>>
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={sheet.columns}
      aria-label={txt.sheetTitle(sheet.name)}
      style={{ maxWidth: 720 }}
      columns={[
        {
          title: txt.columnHeader,
          key: 'header',
          render: (_, c) => (
            <span>
              <Typography.Text type="secondary" style={{ marginRight: 8 }}>
                {c.column}
              </Typography.Text>
              {c.group && c.group !== c.header && (
                <Typography.Text type="secondary">{c.group} / </Typography.Text>
              )}
              {c.header || '—'}
            </span>
          ),
        },
        {
          title: txt.columnField,
          key: 'field',
          width: 220,
          render: (_, c) => (
            <Select
              aria-label={`${c.column} ${c.header}`}
              size="small"
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              disabled={disabled}
              value={c.field ?? ''}
              options={options}
              onChange={(v: string) => onChange(c.index, v ? (v as F) : null)}
            />
          ),
        },
        {
          title: txt.columnSource,
          key: 'source',
          width: 120,
          render: (_, c) => <Tag color={SOURCE_COLORS[c.source]}>{txt.sources[c.source]}</Tag>,
        },
      ]}
    />
  )
}
