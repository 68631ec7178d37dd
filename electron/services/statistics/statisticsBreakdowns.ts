import type BetterSqlite3 from 'better-sqlite3'
import type { StatisticsBreakdowns } from '../../../shared/contract/statistics'
import { earlierDay } from '../../../shared/statistics/days'
import { samePeriodLastYear, type Period } from '../../../shared/statistics/period'
import { personListIndex } from '../persons/listIndex/registry'
import { heldActivities } from './indicators/activityFigures'
import { monthlyActivities } from './indicators/monthlyActivities'
import { registerBreakdowns } from './indicators/registerBreakdowns'
import type { SiteScope } from './siteScope'

/** The breakdowns the 统计 charts draw beside the indicators: township, age × sex, months. */
export function statisticsBreakdowns(
  sqlite: BetterSqlite3.Database,
  period: Period,
  today: string,
  sites: SiteScope,
): StatisticsBreakdowns {
  const last = samePeriodLastYear(period)
  return {
    period,
    ...registerBreakdowns(personListIndex(sqlite), earlierDay(period.to, today), sites),
    months: monthlyActivities(heldActivities(sqlite, period, sites), period),
    lastYearMonths: monthlyActivities(heldActivities(sqlite, last, sites), last),
  }
}
