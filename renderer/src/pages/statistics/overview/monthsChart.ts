import { localToday } from '../../../../../shared/dates/calendar'
import { t } from '../../../../../shared/i18n'
import type { ChartSpec } from '../charts/chartSpec'
import { formatCount, type OverviewData } from './overviewData'

const txt = t.statisticsUi
const m = txt.charts.months

/**
 * 场次 month by month against the same months last year, with this period's 人次 as a line.
 * No list filters activities by month, so the bars open nothing.
 */
export function monthsChart(d: OverviewData): ChartSpec {
  const now = d.breakdowns.months
  const last = d.breakdowns.lastYearMonths
  const oneYear = now.length > 0 && now[0]!.month.slice(0, 4) === now.at(-1)!.month.slice(0, 4)
  const label = oneYear ? m.monthLabel : m.monthLong
  const thisMonth = localToday().slice(0, 7)
  const c = txt.columns
  const held = now.reduce((n, x) => n + x.count, 0) + last.reduce((n, x) => n + x.count, 0)
  return {
    key: 'months',
    title: m.title,
    definition: m.definition,
    periodText: d.periodText,
    height: 320,
    option: {
      tooltip: { trigger: 'axis' },
      legend: { data: [m.count, m.lastCount, m.attendance], top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: now.map((x) => label(x.month)), axisTick: { show: false } },
      yAxis: [
        { type: 'value', name: m.count, minInterval: 1 },
        { type: 'value', name: m.attendance, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        {
          type: 'bar',
          name: m.count,
          data: now.map((x) => x.count),
          itemStyle: { color: '#1d5fa8' },
          barMaxWidth: 18,
        },
        {
          type: 'bar',
          name: m.lastCount,
          data: last.map((x) => x.count),
          itemStyle: { color: '#b8c8dc' },
          barMaxWidth: 18,
        },
        {
          type: 'line',
          name: m.attendance,
          yAxisIndex: 1,
          // Months still to come have no 人次 yet: the line stops at this month.
          data: now.map((x) => (x.month <= thisMonth ? x.attendance : null)),
          itemStyle: { color: '#e08a2c' },
          smooth: false,
        },
      ],
    },
    table: {
      columns: [
        { title: c.month, dataIndex: 'month' },
        { title: m.count, dataIndex: 'count', align: 'right' },
        { title: m.lastCount, dataIndex: 'lastCount', align: 'right' },
        { title: c.change, dataIndex: 'change', align: 'right' },
        { title: m.attendance, dataIndex: 'attendance', align: 'right' },
      ],
      rows: now.map((x, i) => {
        const before = last[i]?.count ?? 0
        const diff = x.count - before
        return {
          key: x.month,
          month: m.monthLong(x.month),
          count: formatCount(x.count),
          lastCount: formatCount(before),
          change: `${diff > 0 ? '+' : ''}${formatCount(diff)}`,
          attendance: formatCount(x.attendance),
        }
      }),
    },
    empty: held === 0 ? txt.empty : undefined,
  }
}
