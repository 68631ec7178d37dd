import { useState } from 'react'
import { Segmented, Select, Space } from 'antd'
import { localToday } from '../../../../../shared/dates/calendar'
import { t } from '../../../../../shared/i18n'
import {
  periodText,
  quarterPeriod,
  yearPeriod,
  type Period,
} from '../../../../../shared/statistics/period'

const txt = t.reportsTemplatesUi

/** A year (last year by default: reports are filled after it ends) and, optionally, a quarter. */
export function usePeriodPicker() {
  const thisYear = Number(localToday().slice(0, 4))
  const [year, setYear] = useState(thisYear - 1)
  const [quarter, setQuarter] = useState(0)
  const period: Period =
    quarter === 0 ? yearPeriod(year) : quarterPeriod(year, quarter as 1 | 2 | 3 | 4)
  const picker = (
    <Space>
      <Select
        aria-label={txt.period}
        value={year}
        style={{ width: 110 }}
        onChange={setYear}
        options={Array.from({ length: 12 }, (_, i) => thisYear - i).map((y) => ({
          value: y,
          label: txt.yearOption(y),
        }))}
      />
      <Segmented
        value={quarter}
        onChange={(v) => setQuarter(Number(v))}
        options={[0, 1, 2, 3, 4].map((q) => ({
          value: q,
          label: q === 0 ? txt.wholeYear : txt.quarter(q),
        }))}
      />
    </Space>
  )
  return { period, key: periodText(period), picker }
}
