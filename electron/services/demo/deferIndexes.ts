import type BetterSqlite3 from 'better-sqlite3'

/**
 * Runs a bulk insert with the secondary indexes of some tables dropped, then builds them
 * again. Filling a B-tree in random key order (ID numbers, pinyin, reversed phones) costs
 * far more than sorting once at the end. Call inside a transaction: a failure rolls the
 * drop back too. Only worth it when the tables start (nearly) empty.
 */
export function withIndexesDeferred<T>(
  sqlite: BetterSqlite3.Database,
  tables: string[],
  fn: () => T,
): T {
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tables)) as { name: string; sql: string }[]
  for (const ix of indexes) sqlite.exec(`DROP INDEX "${ix.name}"`)
  const result = fn()
  for (const ix of indexes) sqlite.exec(ix.sql)
  return result
}

/** Runs `fn` with a larger page cache (KiB), restoring the previous size afterwards. */
export function withPageCache<T>(sqlite: BetterSqlite3.Database, kib: number, fn: () => T): T {
  const before = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`cache_size = ${-kib}`)
  try {
    return fn()
  } finally {
    sqlite.pragma(`cache_size = ${before}`)
  }
}
