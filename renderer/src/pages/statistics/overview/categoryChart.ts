import { CATEGORIES, CATEGORY_GROUPS } from '../../../../../shared/codes/categories'
import { t } from '../../../../../shared/i18n'
import type { ChartSpec } from '../charts/chartSpec'
import { barsHeight, horizontalBars } from './horizontalBars'
import { formatCount, share, type OverviewData } from './overviewData'

const txt = t.statisticsUi
const GROUP_COLOR = '#1d5fa8'
const CATEGORY_COLOR = '#7fb0e6'

/** 大类 then its 子类 (indented), each bar opening the persons on the register in it. */
export function categoryChart(
  d: OverviewData,
  openCategories: (codes: string[]) => void,
): ChartSpec {
  const v = d.report.values
  const total = v['persons.total'] ?? 0
  const items = CATEGORY_GROUPS.flatMap((g) => [
    {
      key: `group.${g.code}`,
      kind: txt.charts.categories.group,
      name: g.name,
      value: v[`persons.group.${g.code}`] ?? 0,
      codes: CATEGORIES.filter((c) => c.group === g.code).map((c) => c.code),
      color: GROUP_COLOR,
    },
    ...CATEGORIES.filter((c) => c.group === g.code).map((c) => ({
      key: `category.${c.code}`,
      kind: txt.charts.categories.category,
      name: c.name,
      value: v[`persons.category.${c.code}`] ?? 0,
      codes: [c.code],
      color: CATEGORY_COLOR,
    })),
  ])
  const c = txt.columns
  return {
    key: 'categories',
    title: txt.charts.categories.title,
    definition: txt.charts.categories.definition,
    periodText: d.periodText,
    height: barsHeight(items.length),
    option: horizontalBars(
      items.map((i) => i.name),
      items.map((i) => ({ value: i.value, itemStyle: { color: i.color } })),
      c.count,
      new Set(items.flatMap((i, n) => (i.kind === txt.charts.categories.group ? [n] : []))),
    ),
    table: {
      columns: [
        { title: c.item, dataIndex: 'name' },
        {
          title: txt.charts.categories.group + '/' + txt.charts.categories.category,
          dataIndex: 'kind',
          width: 90,
        },
        { title: c.count, dataIndex: 'count', align: 'right', width: 90 },
        { title: c.share, dataIndex: 'share', align: 'right', width: 90 },
      ],
      rows: items.map((i) => ({
        key: i.key,
        name: i.name,
        kind: i.kind,
        count: formatCount(i.value),
        share: share(i.value, total),
      })),
    },
    open: ({ dataIndex }) => {
      const item = items[dataIndex]
      if (item) openCategories(item.codes)
    },
    note: txt.charts.categories.note(total),
    empty: total === 0 ? txt.empty : undefined,
  }
}
