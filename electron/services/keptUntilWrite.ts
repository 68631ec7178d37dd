import type BetterSqlite3 from 'better-sqlite3'
import { prepared } from './persons/prepared'

/**
 * A text that changes whenever the committed data may have: every write of a row appends to
 * change_log (the person list index relies on the same rule), and AUTOINCREMENT never hands
 * out a seq twice. Units are registered without a change_log row, so they are read whole —
 * a hundred short rows at a province.
 */
function writeStamp(sqlite: BetterSqlite3.Database): string {
  const seq = prepared(sqlite, 'SELECT max(seq) FROM change_log').pluck().get() as number | null
  const units = prepared(
    sqlite,
    `SELECT group_concat(id || code || is_self || ifnull(deleted_at, ''), '|') FROM units`,
  )
    .pluck()
    .get() as string | null
  return `${seq ?? 0}/${units ?? ''}`
}

/**
 * A value worked out from the database, kept per connection until anything is written: a
 * screen asked for again and again (the organization tree at a province: 5,000 rows with
 * member counts over a million persons) is built once per change, not once per call.
 */
export class KeptUntilWrite<T> {
  private readonly kept = new WeakMap<BetterSqlite3.Database, { key: string; value: T }>()

  /** `key`: whatever else the value depends on (today, for what counts as current). */
  async get(sqlite: BetterSqlite3.Database, key: string, build: () => Promise<T>): Promise<T> {
    const stamp = `${writeStamp(sqlite)}#${key}`
    const hit = this.kept.get(sqlite)
    if (hit?.key === stamp) return hit.value
    const value = await build()
    // Inside a transaction the stamp may count writes that roll back, and a rolled-back
    // seq is handed out again: only a value built outside one describes committed data.
    // A write landing while it builds (a long job's turn, the xinlian command) may leave a
    // mixed value, kept under the stamp before it, which no later call has again.
    if (!sqlite.inTransaction) this.kept.set(sqlite, { key: stamp, value })
    return value
  }
}
