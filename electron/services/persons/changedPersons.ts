import type BetterSqlite3 from 'better-sqlite3'
import { prepared } from './prepared'

/**
 * Which persons change_log names in a seq range: each entry's own row, and every rid of a
 * run a bulk write created (migration 0029). A rid of a run can since have been given to
 * another row (demo persons are removed outright): such a row is named too, which costs
 * its reader one more row to look at, never one missed.
 */

/**
 * SQL for the rids of the persons changed in (?, ?]; bind the range twice. "+table_name":
 * the seq range is walked, whatever index on table_name may come.
 */
export const CHANGED_PERSON_RIDS_SQL = `
  SELECT p.rid FROM change_log c JOIN persons p ON p.id = c.row_id
   WHERE c.seq > ? AND c.seq <= ? AND +c.table_name = 'persons'
  UNION
  SELECT p.rid FROM change_log_runs r JOIN persons p ON p.rid BETWEEN r.run_first AND r.run_last
   WHERE r.seq > ? AND r.seq <= ?`

/**
 * The ids of the persons changed after `afterSeq`, or null when there are more than
 * `atMost` (a run counts every rid it spans): the caller then starts over from the table.
 */
export function changedPersonIds(
  sqlite: BetterSqlite3.Database,
  afterSeq: number,
  atMost: number,
): string[] | null {
  const entries = prepared(
    sqlite,
    `SELECT c.row_id, r.run_first, r.run_last FROM change_log c
       LEFT JOIN change_log_runs r ON r.seq = c.seq
      WHERE c.seq > ? AND +c.table_name = 'persons' ORDER BY c.seq`,
  ).raw()
  const ids = new Set<string>()
  const runs: [number, number][] = []
  let runRows = 0
  const rows = entries.iterate(afterSeq) as IterableIterator<[string, number | null, number | null]>
  for (const [rowId, first, last] of rows) {
    if (first === null || last === null) ids.add(rowId)
    else {
      runs.push([first, last])
      runRows += last - first + 1
    }
    // Leaving the loop closes the statement's iteration.
    if (ids.size + runRows > atMost) return null
  }
  const runIds = prepared(sqlite, 'SELECT id FROM persons WHERE rid BETWEEN ? AND ?').pluck()
  for (const [first, last] of runs)
    for (const id of runIds.all(first, last) as string[]) ids.add(id)
  return [...ids]
}
