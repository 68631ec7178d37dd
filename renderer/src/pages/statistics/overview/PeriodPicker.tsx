import { DatePicker, Segmented, Select, Space } from 'antd'
import dayjs from 'dayjs'
import { t } from '../../../../../shared/i18n'
import {
  quarterPeriod,
  yearPeriod,
  type Period,
  type PeriodKind,
} from '../../../../../shared/statistics/period'

const txt = t.statisticsUi.period

/** What the picker shows; `period` is what it means. */
export interface PeriodChoice {
  kind: PeriodKind
  year: number
  quarter: 1 | 2 | 3 | 4
  range: Period
}

export function choicePeriod(c: PeriodChoice): Period {
  if (c.kind === 'year') return yearPeriod(c.year)
  if (c.kind === 'quarter') return quarterPeriod(c.year, c.quarter)
  return c.range
}

/** This year, the quarter today is in, and this year so far as the custom range. */
export function defaultChoice(today: string): PeriodChoice {
  const year = Number(today.slice(0, 4))
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3) as 1 | 2 | 3 | 4
  return { kind: 'year', year, quarter, range: { from: `${year}-01-01`, to: today } }
}

const YEARS_BACK = 10

/** 年度, 季度 or 自定义, with the year, quarter or dates that go with the kind. */
export function PeriodPicker({
  value,
  onChange,
  thisYear,
}: {
  value: PeriodChoice
  onChange(next: PeriodChoice): void
  thisYear: number
}) {
  const set = (patch: Partial<PeriodChoice>) => onChange({ ...value, ...patch })
  const years = Array.from({ length: YEARS_BACK }, (_, i) => thisYear - i)
  return (
    <Space wrap aria-label={txt.label}>
      <Segmented
        aria-label={txt.label}
        value={value.kind}
        onChange={(k) => set({ kind: k as PeriodKind })}
        options={(['year', 'quarter', 'custom'] as const).map((k) => ({
          value: k,
          label: txt.kinds[k],
        }))}
      />
      {value.kind !== 'custom' && (
        <Select
          aria-label={txt.kinds.year}
          style={{ width: 110 }}
          value={value.year}
          onChange={(year: number) => set({ year })}
          options={years.map((y) => ({ value: y, label: txt.year(y) }))}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          aria-label={txt.kinds.quarter}
          style={{ width: 120 }}
          value={value.quarter}
          onChange={(quarter: 1 | 2 | 3 | 4) => set({ quarter })}
          options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: txt.quarter(q) }))}
        />
      )}
      {value.kind === 'custom' && (
        <DatePicker.RangePicker
          aria-label={txt.kinds.custom}
          allowClear={false}
          placeholder={[txt.rangeStart, txt.rangeEnd]}
          value={[dayjs(value.range.from), dayjs(value.range.to)]}
          onChange={(dates) => {
            if (dates?.[0] && dates[1])
              set({
                range: {
                  from: dates[0].format('YYYY-MM-DD'),
                  to: dates[1].format('YYYY-MM-DD'),
                },
              })
          }}
        />
      )}
    </Space>
  )
}
