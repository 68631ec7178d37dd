import type { ReactNode } from 'react'
import { Button, Form, Typography, type FormRule } from 'antd'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { t } from '../../../../../shared/i18n'
import './personForm.css'

const ui = t.personsUi.form

export interface SubColumn {
  key: string
  title: string
  /** CSS flex of the cell: '0 0 120px' for a date, '1' for free text. */
  flex: string
  rules?(n: number): FormRule[]
  input(ariaLabel: string): ReactNode
}

/**
 * A small editable table for a repeatable sub-record (seats, posts, education, awards):
 * one line per entry, a remove button at its end, an add button below. Entries left blank
 * are dropped on saving.
 */
export function SubRecordList({
  name,
  listLabel,
  itemLabel,
  columns,
  newRow,
}: {
  name: string
  /** 人大代表/政协委员 — how messages name the list. */
  listLabel: string
  /** 任职 — what one entry is called on the buttons. */
  itemLabel: string
  columns: SubColumn[]
  newRow?: Record<string, string>
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div className="pf-sublist">
          {fields.length > 0 && (
            <div className="pf-subrow pf-subhead" aria-hidden>
              {columns.map((c) => (
                <div key={c.key} style={{ flex: c.flex }}>
                  {c.title}
                </div>
              ))}
              <div className="pf-subaction" />
            </div>
          )}
          {fields.map((field, i) => (
            <div key={field.key} className="pf-subrow">
              {columns.map((c) => (
                <Form.Item
                  key={c.key}
                  name={[field.name, c.key]}
                  rules={c.rules?.(i + 1)}
                  style={{ flex: c.flex, marginBottom: 0, minWidth: 0 }}
                >
                  {c.input(ui.subCell(listLabel, i + 1, c.title))}
                </Form.Item>
              ))}
              <div className="pf-subaction">
                <Button
                  type="text"
                  danger
                  aria-label={ui.remove(itemLabel, i + 1)}
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                />
              </div>
            </div>
          ))}
          {fields.length === 0 && (
            <Typography.Text type="secondary" className="pf-subempty">
              {ui.emptyList(itemLabel)}
            </Typography.Text>
          )}
          <div>
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              onClick={() => add(newRow ?? {})}
            >
              {ui.add(itemLabel)}
            </Button>
          </div>
        </div>
      )}
    </Form.List>
  )
}
