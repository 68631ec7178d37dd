import { Button, Empty, Input, Space, Tag, Tooltip, Typography } from 'antd'
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  MenuFoldOutlined,
  MenuUnfoldOutlined,
  PlusOutlined,
} from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'
import { INDICATOR_BY_ID } from '../../../../../shared/statistics/indicators'
import { moveRow, withKey, type EditorRow } from './editorRows'

const txt = t.reportsTemplatesUi.rows

/**
 * The table's rows in order: section headers and indicators, each with its label (the
 * indicator's own name when left empty), 其中 indent, up / down and remove — all buttons,
 * so the keyboard does everything the mouse does.
 */
export function TemplateRowsEditor(props: {
  rows: EditorRow[]
  readOnly: boolean
  onChange: (rows: EditorRow[]) => void
}) {
  const { rows, readOnly, onChange } = props
  const update = (i: number, row: EditorRow) => onChange(rows.map((r, j) => (j === i ? row : r)))
  return (
    <div data-testid="template-rows">
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {txt.heading}
        </Typography.Title>
        {!readOnly && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...rows, withKey({ kind: 'section', label: txt.newSection })])}
          >
            {txt.addSection}
          </Button>
        )}
      </Space>
      {rows.length === 0 && <Empty description={txt.empty} />}
      <ol className="report-rows" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map((row, i) => {
          const def = row.kind === 'indicator' ? INDICATOR_BY_ID.get(row.indicatorId) : undefined
          const shown = row.kind === 'section' ? row.label : (row.label ?? def?.name ?? '')
          const indent = row.kind === 'indicator' ? row.indent : 0
          return (
            <li
              key={row.key}
              aria-label={txt.rowLabel(i + 1, shown)}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 6,
                padding: '3px 0',
                paddingLeft: indent * 24,
                borderBottom: '1px solid #f0f0f0',
              }}
            >
              {row.kind === 'section' ? (
                <Tag color="blue">{txt.sectionMark}</Tag>
              ) : (
                <Tooltip title={def?.definition}>
                  <Tag tabIndex={0}>{def?.unit}</Tag>
                </Tooltip>
              )}
              <Input
                size="small"
                disabled={readOnly}
                aria-label={txt.rowLabel(i + 1, shown)}
                style={{ flex: 1, fontWeight: row.kind === 'section' ? 600 : 400 }}
                value={row.kind === 'section' ? row.label : (row.label ?? '')}
                placeholder={def ? txt.labelPlaceholder(def.name) : undefined}
                onChange={(e) =>
                  update(
                    i,
                    row.kind === 'section'
                      ? { ...row, label: e.target.value }
                      : { ...row, label: e.target.value || undefined },
                  )
                }
              />
              {!readOnly && (
                <Space.Compact size="small">
                  {row.kind === 'indicator' && (
                    <>
                      <Tooltip title={txt.outdent}>
                        <Button
                          aria-label={txt.outdent}
                          icon={<MenuFoldOutlined />}
                          disabled={row.indent === 0}
                          onClick={() => update(i, { ...row, indent: row.indent - 1 })}
                        />
                      </Tooltip>
                      <Tooltip title={txt.indent}>
                        <Button
                          aria-label={txt.indent}
                          icon={<MenuUnfoldOutlined />}
                          disabled={row.indent === 2}
                          onClick={() => update(i, { ...row, indent: row.indent + 1 })}
                        />
                      </Tooltip>
                    </>
                  )}
                  <Tooltip title={txt.up}>
                    <Button
                      aria-label={txt.up}
                      icon={<ArrowUpOutlined />}
                      disabled={i === 0}
                      onClick={() => onChange(moveRow(rows, i, i - 1))}
                    />
                  </Tooltip>
                  <Tooltip title={txt.down}>
                    <Button
                      aria-label={txt.down}
                      icon={<ArrowDownOutlined />}
                      disabled={i === rows.length - 1}
                      onClick={() => onChange(moveRow(rows, i, i + 1))}
                    />
                  </Tooltip>
                  <Tooltip title={txt.remove}>
                    <Button
                      aria-label={txt.remove}
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => onChange(rows.filter((_, j) => j !== i))}
                    />
                  </Tooltip>
                </Space.Compact>
              )}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
