import type BetterSqlite3 from 'better-sqlite3'
import type { StatisticsBreakdowns } from '../../../shared/contract/statistics'
import { earlierDay } from '../../../shared/statistics/days'
import { samePeriodLastYear, type Period } from '../../../shared/statistics/period'
import { personListIndex } from '../persons/listIndex/registry'
import { heldActivities } from './indicators/activityFigures'
import { monthlyActivities } from './indicators/monthlyActivities'
import { registerBreakdowns } from './indicators/registerBreakdowns'

/** The breakdowns the 统计 charts draw beside the indicators: township, age × sex, months. */
export function statisticsBreakdowns(
  sqlite: BetterSqlite3.Database,
  period: Period,
  today: string,
): StatisticsBreakdowns {
  const last = samePeriodLastYear(period)
  return {
    period,
    ...registerBreakdowns(personListIndex(sqlite), earlierDay(period.to, today)),
    months: monthlyActivities(heldActivities(sqlite, period), period),
    lastYearMonths: monthlyActivities(heldActivities(sqlite, last), last),
  }
}
