import { Button, Checkbox, Popover, Typography } from 'antd'
import { SettingOutlined } from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'
import { columnTitle, DEFAULT_COLUMNS, GRID_COLUMNS, type ColumnKey } from './gridColumns'

const txt = t.personsUi.list

/** A popover of checkboxes, one per column; the name column is always on. */
export function ColumnChooser({
  value,
  onChange,
}: {
  value: ColumnKey[]
  onChange(keys: ColumnKey[]): void
}) {
  const content = (
    <div style={{ width: 300 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
        {txt.columnsHint}
      </Typography.Paragraph>
      <Checkbox.Group
        value={value}
        onChange={(keys) => onChange(keys as ColumnKey[])}
        style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 6 }}
        options={GRID_COLUMNS.map((c) => ({
          value: c.key,
          label: columnTitle(c.key),
          disabled: c.key === 'name',
        }))}
      />
      <div style={{ textAlign: 'right', marginTop: 10 }}>
        <Button size="small" onClick={() => onChange(DEFAULT_COLUMNS)}>
          {txt.columnsReset}
        </Button>
      </div>
    </div>
  )
  return (
    <Popover trigger="click" placement="bottomRight" title={txt.columnsTitle} content={content}>
      <Button icon={<SettingOutlined />}>{txt.columns}</Button>
    </Popover>
  )
}
