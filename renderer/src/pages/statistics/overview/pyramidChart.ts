import { t } from '../../../../../shared/i18n'
import { indicatorText } from '../../../../../shared/i18n/indicators'
import type { AGE_BANDS } from '../../../../../shared/statistics/ageBands'
import type { ChartSpec } from '../charts/chartSpec'
import { formatCount, type OverviewData } from './overviewData'

const txt = t.statisticsUi
const bandName = (band: (typeof AGE_BANDS)[number]) => indicatorText.ageBandLabels[band]

/**
 * 男 to the left, 女 to the right of one axis of age bands, youngest at the bottom (drawn as
 * negative numbers on the left, shown without the sign). Persons of no recorded sex are in
 * the table only: a pyramid has two sides.
 */
export function pyramidChart(d: OverviewData): ChartSpec {
  const rows = d.breakdowns.ageSex
  const c = txt.columns
  const abs = (n: number) => formatCount(Math.abs(n))
  // Inside the bar, white, and none on an empty bar: labels outside run into the axis names.
  const barLabel = {
    show: true,
    position: 'inside' as const,
    color: '#fff',
    formatter: (p: { value: unknown }) => (Number(p.value) ? abs(Number(p.value)) : ''),
  }
  const total = rows.reduce((n, r) => n + r.male + r.female + r.other, 0)
  return {
    key: 'pyramid',
    title: txt.charts.pyramid.title,
    definition: txt.charts.pyramid.definition,
    periodText: d.periodText,
    height: 300,
    option: {
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (v) => abs(Number(v)),
      },
      legend: { data: [c.male, c.female], top: 0 },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => abs(v) } },
      yAxis: {
        type: 'category',
        data: rows.map((r) => bandName(r.band)),
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          name: c.male,
          stack: 'sex',
          data: rows.map((r) => -r.male),
          itemStyle: { color: '#3f7fca' },
          label: barLabel,
        },
        {
          type: 'bar',
          name: c.female,
          stack: 'sex',
          data: rows.map((r) => r.female),
          itemStyle: { color: '#e0708a' },
          label: barLabel,
        },
      ],
    },
    table: {
      columns: [
        { title: c.band, dataIndex: 'band' },
        { title: c.male, dataIndex: 'male', align: 'right' },
        { title: c.female, dataIndex: 'female', align: 'right' },
        { title: c.other, dataIndex: 'other', align: 'right' },
        { title: c.total, dataIndex: 'total', align: 'right' },
      ],
      rows: rows.map((r) => ({
        key: r.band,
        band: bandName(r.band),
        male: formatCount(r.male),
        female: formatCount(r.female),
        other: formatCount(r.other),
        total: formatCount(r.male + r.female + r.other),
      })),
    },
    note: t.statisticsUi.period.snapshotNote,
    empty: total === 0 ? txt.empty : undefined,
  }
}
