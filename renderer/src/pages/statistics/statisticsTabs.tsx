import type { TabsProps } from 'antd'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { OverviewTab } from './overview/OverviewTab'
import { ReportsTab } from './reports/ReportsTab'

/** What every tab of 统计 may read. */
export interface StatisticsTabContext {
  session: SessionInfo
  /** The units picked at a city or province; undefined counts everything held here. */
  units: string[] | undefined
}

/** The tabs of 统计, in order; a new tab (年度报表…) adds its item here. */
export function statisticsTabs(ctx: StatisticsTabContext): NonNullable<TabsProps['items']> {
  return [
    {
      key: 'overview',
      label: t.statisticsUi.tabs.overview,
      children: <OverviewTab session={ctx.session} units={ctx.units} />,
    },
    {
      key: 'reports',
      label: t.statisticsUi.tabs.reports,
      children: <ReportsTab session={ctx.session} units={ctx.units} />,
    },
  ]
}
