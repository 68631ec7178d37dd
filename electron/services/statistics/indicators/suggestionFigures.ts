import type BetterSqlite3 from 'better-sqlite3'
import { periodFigureRow } from '../../../../db/repos/suggestionScores'
import type { Period } from '../../../../shared/statistics/period'
import type { SiteScope } from '../siteScope'

/** True when the database has the suggestions tables (migration 0007). */
export function hasSuggestions(sqlite: BetterSqlite3.Database): boolean {
  return (
    sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'suggestions'")
      .get() !== undefined
  )
}

/**
 * The suggestion indicators of a period, or null while the database has no suggestions:
 * the indicators then read 0 and the figures say the module is not in use yet. Counted by
 * the same query as the 建言献策台账 (periodFigureRow), so the two never disagree.
 */
export function suggestionFigures(
  sqlite: BetterSqlite3.Database,
  period: Period,
  sites: SiteScope,
): Record<string, number> | null {
  if (!hasSuggestions(sqlite)) return null
  const f = periodFigureRow(sqlite, period.from, period.to, sites)
  return {
    'suggestions.submitted': f.submitted,
    'suggestions.adopted': f.adopted,
    'suggestions.adopted.county': f.county,
    'suggestions.adopted.city': f.city,
    'suggestions.adopted.province': f.province,
    'suggestions.adopted.national': f.national,
    'suggestions.instructed': f.with_instruction,
    'suggestions.points': f.points,
  }
}
