import type BetterSqlite3 from 'better-sqlite3'

/**
 * Indexes a bulk write into an empty register dropped and left to be built after its COMMIT
 * (migration 0030, electron/services/import/bulkWriteMode.ts). Their rows are written in the
 * bulk write's own transaction, so a crash anywhere leaves either the old indexes or rows
 * here naming what to build: never a register silently without an index.
 */
export interface PendingIndex {
  name: string
  /** The index's CREATE statement as sqlite_master held it. */
  sql: string
}

const TABLE = 'pending_indexes'

/** False too before migration 0030 has made the table. */
export function hasPendingIndexes(sqlite: BetterSqlite3.Database): boolean {
  const exists = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .pluck()
    .get(TABLE)
  return !!exists && !!sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM ${TABLE})`).pluck().get()
}

/** Inside the bulk write's transaction, as its indexes are dropped. */
export function recordPendingIndexes(
  sqlite: BetterSqlite3.Database,
  indexes: readonly PendingIndex[],
): void {
  const put = sqlite.prepare(`INSERT OR REPLACE INTO ${TABLE} (name, sql) VALUES (?, ?)`)
  for (const ix of indexes) put.run(ix.name, ix.sql)
}

/** The statement made safe to run twice: the app and a worker may both reach one index. */
function createIfMissing(sql: string): string {
  return sql.replace(/^CREATE\s+(UNIQUE\s+)?INDEX\s+/i, (m) => `${m}IF NOT EXISTS `)
}

/**
 * Builds the next pending index and strikes it off, in the caller's transaction; false when
 * none is left. The row is read inside that transaction: another connection may have built
 * and struck it meanwhile.
 */
export function buildNextPendingIndex(sqlite: BetterSqlite3.Database): boolean {
  const next = sqlite.prepare(`SELECT name, sql FROM ${TABLE} ORDER BY name LIMIT 1`).get() as
    PendingIndex | undefined
  if (!next) return false
  sqlite.exec(createIfMissing(next.sql))
  sqlite.prepare(`DELETE FROM ${TABLE} WHERE name = ?`).run(next.name)
  return true
}

/** Every pending index, in the caller's transaction (a bulk write that needs them). */
export function buildPendingIndexes(sqlite: BetterSqlite3.Database): void {
  if (!hasPendingIndexes(sqlite)) return
  while (buildNextPendingIndex(sqlite));
}

/**
 * Every pending index, each in a transaction of its own (BEGIN IMMEDIATE: the read of the
 * row and the build are one step against the app's connection), so that the app's writes
 * wait for one index at most, never for all. Returns how many this connection built.
 */
export function buildPendingIndexesOneByOne(sqlite: BetterSqlite3.Database): number {
  if (!hasPendingIndexes(sqlite)) return 0
  const step = sqlite.transaction(() => buildNextPendingIndex(sqlite))
  let built = 0
  while (step.immediate()) built++
  return built
}
