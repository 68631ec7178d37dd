import type BetterSqlite3 from 'better-sqlite3'

/**
 * Appends one change_log entry per row id with a statement compiled once: bulk writes
 * (participants, memberships, attendance) log hundreds of rows in the caller's transaction.
 */
export function bulkChangeLog(
  sqlite: BetterSqlite3.Database,
  table: string,
  rowIds: readonly string[],
  op: 'insert' | 'update' | 'delete',
  hlc: string,
  siteId: string,
): void {
  if (rowIds.length === 0) return
  const insert = sqlite.prepare(
    'INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, ?, ?, ?)',
  )
  for (const id of rowIds) insert.run(table, id, op, hlc, siteId)
}
