import type BetterSqlite3 from 'better-sqlite3'

/**
 * The deadlines reporting tasks set, by period (`YYYY-MM-DD`; the earliest when two live
 * tasks name one period). An upper unit reads its own tasks (issuer = itself); a county the
 * ones its upper unit sent down. The status board measures lateness against these, falling
 * back to periodDeadline's default for a period no task names.
 */
export function taskDeadlines(
  sqlite: BetterSqlite3.Database,
  issuerCode?: string,
): Map<string, string> {
  const rows = sqlite
    .prepare(
      `SELECT period, min(deadline) FROM reporting_tasks
       WHERE deleted_at IS NULL AND (? IS NULL OR issuer_code = ?)
       GROUP BY period`,
    )
    .raw()
    .all(issuerCode ?? null, issuerCode ?? null) as [string, string][]
  return new Map(rows)
}
