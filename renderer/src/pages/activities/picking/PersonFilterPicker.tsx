import { useEffect, useState } from 'react'
import { Input, Typography } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import type { Input as CallInput } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'
import type { Dictionaries } from '../../persons/common/dictionaryStore'
import { PersonFilterBar } from '../../persons/list/PersonFilterBar'
import { listQuery, NO_FILTERS, type PersonFilters } from '../../persons/list/listState'

const txt = t.activitiesUi.picking
const COUNT_DEBOUNCE_MS = 250

export type PersonFilter = CallInput<'persons.count'>

export interface FilterChoice {
  query: string
  filters: PersonFilters
}

export const NO_CHOICE: FilterChoice = { query: '', filters: NO_FILTERS }

/** The persons filter the core reads (persons.count, participants.addByFilter, rosters). */
export function toPersonFilter(choice: FilterChoice): PersonFilter {
  // Same reading as the persons list, so what the list shows is what gets added.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { sort, order, ...filter } = listQuery(choice.query, choice.filters, null, false)
  return filter
}

/** True when nothing narrows the register: adding would take everybody. */
export const isUnfiltered = (f: PersonFilter) => Object.keys(f).length === 0

/**
 * The persons list's filter bar and a keyword, with the number of persons it matches: what
 * a bulk add by filter will take. `onCount` hears the number (null while counting).
 */
export function PersonFilterPicker({
  value,
  onChange,
  onCount,
  dict,
}: {
  value: FilterChoice
  onChange(next: FilterChoice): void
  onCount(n: number | null): void
  dict: Dictionaries
}) {
  const [count, setCount] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    const timer = window.setTimeout(() => {
      setCount(null)
      onCount(null)
      call('persons.count', toPersonFilter(value))
        .then((r) => {
          if (!live) return
          setCount(r.count)
          setError(null)
          onCount(r.count)
        })
        .catch((e: unknown) => {
          if (live) setError(errorText(e))
        })
    }, COUNT_DEBOUNCE_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [value, onCount])

  return (
    <div style={{ display: 'grid', gap: 10 }}>
      <Typography.Text type="secondary">{txt.filterHint}</Typography.Text>
      <Input
        allowClear
        value={value.query}
        prefix={<SearchOutlined style={{ color: '#8a94a6' }} />}
        placeholder={txt.filterQuery}
        aria-label={txt.filterQuery}
        maxLength={100}
        onChange={(e) => onChange({ ...value, query: e.target.value })}
        style={{ maxWidth: 400 }}
      />
      <PersonFilterBar
        value={value.filters}
        onChange={(filters) => onChange({ ...value, filters })}
        dict={dict}
      />
      <Typography.Text
        strong
        style={{ fontSize: 15 }}
        aria-live="polite"
        data-testid="filter-count"
      >
        {error ?? (count === null ? txt.counting : txt.matched(count))}
      </Typography.Text>
    </div>
  )
}
