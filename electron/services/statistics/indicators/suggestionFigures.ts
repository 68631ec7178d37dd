import type BetterSqlite3 from 'better-sqlite3'
import type { Period } from '../../../../shared/statistics/period'

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
 * the indicators then read 0 and the figures say the module is not in use yet.
 *
 * TO WIRE after the suggestions module merges: count here from its tables (submitted by
 * submission date; adopted at least once and once per adoption level; with a 批示; points
 * by the rule version of the submission year), keyed by the `suggestions.*` ids of
 * shared/statistics/indicators.
 */
export function suggestionFigures(
  sqlite: BetterSqlite3.Database,
  period: Period,
): Record<string, number> | null {
  void period
  if (!hasSuggestions(sqlite)) return null
  return null
}
