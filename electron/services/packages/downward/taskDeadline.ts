import type BetterSqlite3 from 'better-sqlite3'
import { daysFrom } from '../../../../shared/statistics/days'

/**
 * The deadline of a period's reporting task, `YYYY-MM-DD`, or null when no live task names
 * the period. An upper unit reads its own tasks (issuer = itself); a county may name the
 * issuer when it has more than one. What the status board measures lateness against.
 */
export function periodDeadline(
  sqlite: BetterSqlite3.Database,
  period: string,
  issuerCode?: string,
): string | null {
  const row = sqlite
    .prepare(
      `SELECT deadline FROM reporting_tasks
       WHERE period = ? AND deleted_at IS NULL AND (? IS NULL OR issuer_code = ?)
       ORDER BY deadline LIMIT 1`,
    )
    .pluck()
    .get(period, issuerCode ?? null, issuerCode ?? null) as string | undefined
  return row ?? null
}

/** Whole days a package that arrived on `arrivedOn` was late: 0 on or before the deadline. */
export function daysLate(deadline: string, arrivedOn: string): number {
  return Math.max(0, daysFrom(deadline, arrivedOn))
}
