import { useEffect, useRef, useState } from 'react'
import { Button, Empty, Input, Table, Tag, Typography, type InputRef } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { SearchOutlined } from '@ant-design/icons'
import { codeName } from '../../../../../shared/codes/lookup'
import { SEX } from '../../../../../shared/codes/sex'
import type { PersonListRow } from '../../../../../shared/persons/types'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import type { Dictionaries } from '../../persons/common/dictionaryStore'

const txt = t.activitiesUi.picking
const SEARCH_DEBOUNCE_MS = 200

export type PickedPersons = ReadonlyMap<string, PersonListRow>

/**
 * Finds persons in the register by name, initials, employer or phone digits and collects
 * the ones ticked, across several searches. Enter in the box ticks the best match, so a list
 * of names can be typed in one after another without the mouse.
 */
export function PersonSearchPicker({
  picked,
  onChange,
  dict,
}: {
  picked: PickedPersons
  onChange(next: PickedPersons): void
  dict: Dictionaries
}) {
  const [text, setText] = useState('')
  const [rows, setRows] = useState<PersonListRow[]>([])
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const inputRef = useRef<InputRef>(null)
  const latest = useRef(0)

  useEffect(() => {
    const q = text.trim()
    const request = ++latest.current
    if (!q) return
    const timer = window.setTimeout(() => {
      setLoading(true)
      call('persons.search', { query: q, limit: 50 })
        .then((r) => {
          if (request !== latest.current) return
          setRows(r)
          setError(null)
        })
        .catch((e: unknown) => {
          if (request === latest.current) setError(errorText(e))
        })
        .finally(() => {
          if (request === latest.current) setLoading(false)
        })
    }, SEARCH_DEBOUNCE_MS)
    return () => window.clearTimeout(timer)
  }, [text])

  const shown = text.trim() ? rows : []

  function toggle(row: PersonListRow) {
    const next = new Map(picked)
    if (next.has(row.id)) next.delete(row.id)
    else next.set(row.id, row)
    onChange(next)
  }

  const columns = pickerColumns(dict)

  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <Input
        ref={inputRef}
        autoFocus
        allowClear
        value={text}
        prefix={<SearchOutlined style={{ color: '#8a94a6' }} />}
        placeholder={txt.searchPlaceholder}
        aria-label={txt.searchLabel}
        maxLength={100}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={(e) => {
          e.preventDefault()
          const first = shown[0]
          if (first && !picked.has(first.id)) {
            toggle(first)
            setText('')
          }
        }}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Table<PersonListRow>
        rowKey="id"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={shown}
        pagination={false}
        scroll={{ y: 230 }}
        aria-label={txt.results}
        rowSelection={{
          selectedRowKeys: shown.filter((r) => picked.has(r.id)).map((r) => r.id),
          onSelect: (row) => toggle(row),
          onSelectAll: (selected, _rows, changed) => {
            const next = new Map(picked)
            for (const r of changed) {
              if (selected) next.set(r.id, r)
              else next.delete(r.id)
            }
            onChange(next)
          },
        }}
        onRow={(row) => ({ onClick: () => toggle(row), style: { cursor: 'pointer' } })}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={text.trim() ? txt.searchEmpty : txt.searchStart}
            />
          ),
        }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
        <Typography.Text strong>{txt.picked(picked.size)}</Typography.Text>
        {picked.size === 0 && <Typography.Text type="secondary">{txt.pickedEmpty}</Typography.Text>}
        {[...picked.values()].map((p) => (
          <Tag
            key={p.id}
            closable
            closeIcon={<span aria-label={`${txt.unpick} ${p.name}`}>×</span>}
            onClose={(e) => {
              e.preventDefault()
              toggle(p)
            }}
          >
            {p.name}
          </Tag>
        ))}
        {picked.size > 0 && (
          <Button size="small" type="link" onClick={() => onChange(new Map())}>
            {txt.clearPicked}
          </Button>
        )}
      </div>
    </div>
  )
}

/** The picker's columns: a person of a unit below reads by that unit's own dictionary names. */
export function pickerColumns(dict: Dictionaries): ColumnsType<PersonListRow> {
  return [
    { title: t.activitiesUi.participants.columns.name, dataIndex: 'name', width: 90 },
    {
      title: t.activitiesUi.participants.columns.sex,
      dataIndex: 'sex',
      width: 50,
      render: (v: string | null) => codeName(SEX, v) ?? t.common.none,
    },
    {
      title: t.activitiesUi.participants.columns.employer,
      dataIndex: 'employer',
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: t.activitiesUi.participants.columns.jobTitle,
      dataIndex: 'jobTitle',
      width: 110,
      ellipsis: true,
      render: (v: string | null) => v ?? t.common.none,
    },
    {
      title: t.personsUi.list.filters.township,
      dataIndex: 'township',
      width: 100,
      ellipsis: true,
      render: (v: string | null, row) => dict.name('township', v, row.unitCode) ?? t.common.none,
    },
  ]
}
