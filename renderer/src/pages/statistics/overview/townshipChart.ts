import { t } from '../../../../../shared/i18n'
import type { ChartSpec } from '../charts/chartSpec'
import { barsHeight, horizontalBars } from './horizontalBars'
import { formatCount, share, type OverviewData } from './overviewData'

const txt = t.statisticsUi

/**
 * Persons on the register per township, most first; a bar opens that township's list. A code
 * a unit below named itself comes as a bar of its own, named by that unit's entry, and opens
 * the list of that unit alone (another unit's 901 is another place).
 */
export function townshipChart(
  d: OverviewData,
  townshipName: (code: string, unitCode: string | undefined) => string,
  openTownship: (code: string, unitCode: string | undefined) => void,
): ChartSpec {
  const rows = d.breakdowns.byTownship.map((r) => ({
    code: r.code,
    unitCode: r.unitCode,
    key: `${r.unitCode ?? ''}:${r.code ?? ''}`,
    name: r.code === null ? txt.charts.townships.unfilled : townshipName(r.code, r.unitCode),
    count: r.count,
  }))
  const total = rows.reduce((n, r) => n + r.count, 0)
  const c = txt.columns
  return {
    key: 'townships',
    title: txt.charts.townships.title,
    definition: txt.charts.townships.definition,
    periodText: d.periodText,
    height: barsHeight(rows.length),
    option: horizontalBars(
      rows.map((r) => r.name),
      rows.map((r) => ({
        value: r.count,
        ...(r.code === null ? { itemStyle: { color: '#b8c2d1' } } : {}),
      })),
      c.count,
    ),
    table: {
      columns: [
        { title: c.item, dataIndex: 'name' },
        { title: c.count, dataIndex: 'count', align: 'right', width: 100 },
        { title: c.share, dataIndex: 'share', align: 'right', width: 100 },
      ],
      rows: [
        ...rows.map((r) => ({
          key: r.key,
          name: r.name,
          count: formatCount(r.count),
          share: share(r.count, total),
        })),
        { key: 'total', name: c.total, count: formatCount(total), share: share(total, total) },
      ],
    },
    open: ({ dataIndex }) => {
      const row = rows[dataIndex]
      if (row?.code) openTownship(row.code, row.unitCode)
    },
    empty: total === 0 ? txt.empty : undefined,
  }
}
