import type BetterSqlite3 from 'better-sqlite3'
import type { IndicatorReport } from '../../../shared/contract/statistics'
import { INDICATOR_RULES_VERSION } from '../../../shared/statistics/indicators'
import type { Period } from '../../../shared/statistics/period'
import { personListIndex } from '../persons/listIndex/registry'
import { computeIndicators } from './indicators/computeIndicators'
import type { SiteScope } from './siteScope'

/** Indicators of a period with what a reader needs to trust them later (rules, when). */
export function indicatorReport(
  sqlite: BetterSqlite3.Database,
  period: Period,
  today: string,
  nowMs: number,
  ids?: readonly string[],
  sites: SiteScope = null,
): IndicatorReport {
  const { values, unavailable } = computeIndicators(
    { sqlite, index: personListIndex(sqlite), today, sites },
    period,
    ids,
  )
  return {
    period,
    values,
    unavailable,
    rulesVersion: INDICATOR_RULES_VERSION,
    computedAt: new Date(nowMs).toISOString(),
  }
}
