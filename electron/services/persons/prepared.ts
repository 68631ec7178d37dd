import type BetterSqlite3 from 'better-sqlite3'

const caches = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>()

/**
 * A statement compiled once per connection and SQL text: list pages and index syncs run
 * the same few statements many times a minute. Each SQL text must always be used in the
 * same mode (raw, pluck), since the mode sticks to the statement.
 */
export function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = caches.get(sqlite)
  if (!cache) caches.set(sqlite, (cache = new Map()))
  let stmt = cache.get(sql)
  if (!stmt) cache.set(sql, (stmt = sqlite.prepare(sql)))
  return stmt
}
