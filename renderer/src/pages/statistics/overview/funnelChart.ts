import { t } from '../../../../../shared/i18n'
import type { ChartSpec } from '../charts/chartSpec'
import { formatCount, share, type OverviewData } from './overviewData'

const txt = t.statisticsUi
const f = txt.charts.funnel

const STAGES = [
  ['submitted', 'suggestions.submitted'],
  ['adopted', 'suggestions.adopted'],
  ['instructed', 'suggestions.instructed'],
] as const

/** 报送 → 被采用 → 获批示 of the period's suggestions. */
export function funnelChart(d: OverviewData): ChartSpec {
  const v = d.report.values
  const stages = STAGES.map(([stage, id]) => ({ stage, name: f.stages[stage], value: v[id] ?? 0 }))
  const submitted = stages[0]!.value
  const c = txt.columns
  const off = d.report.unavailable.includes('suggestions')
  return {
    key: 'funnel',
    title: f.title,
    definition: f.definition,
    periodText: d.periodText,
    height: 300,
    option: {
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件' },
      series: [
        {
          type: 'funnel',
          name: f.title,
          left: '12%',
          width: '76%',
          top: 16,
          bottom: 16,
          sort: 'none',
          minSize: '18%',
          gap: 4,
          label: {
            show: true,
            position: 'inside',
            formatter: (p) => `${p.name}  ${formatCount(Number(p.value))} 件`,
            fontSize: 13,
          },
          data: stages.map((s, i) => ({
            name: s.name,
            value: s.value,
            itemStyle: { color: ['#1d5fa8', '#3f9a6b', '#e08a2c'][i] },
          })),
        },
      ],
    },
    table: {
      columns: [
        { title: c.stage, dataIndex: 'stage' },
        { title: c.items, dataIndex: 'count', align: 'right' },
        { title: c.rate, dataIndex: 'rate', align: 'right' },
      ],
      rows: stages.map((s) => ({
        key: s.stage,
        stage: s.name,
        count: formatCount(s.value),
        rate: share(s.value, submitted),
      })),
    },
    empty: off ? f.notInUse : submitted === 0 ? txt.empty : undefined,
  }
}
