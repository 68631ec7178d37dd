import type BetterSqlite3 from 'better-sqlite3'
import type { WalFolds } from '../walFold/walFolds'
import { buildPendingIndexes, recordPendingIndexes } from '../../../db/pendingIndexes'

/**
 * SQLite's page cache during an import's transaction. Larger caches saved little time at a
 * million persons (256 MB: ~6%) and cost the whole difference in memory, on office PCs that
 * may have 4 GB in all.
 */
export const IMPORT_CACHE_KIB = 128 * 1024

/**
 * Tables whose secondary indexes an import into an empty register builds afterwards: the
 * persons indexes take their keys (names, pinyin, ID and phone numbers) in random order.
 * The child tables have none since migration 0027, change_log none since 0029.
 */
const DEFERRABLE = ['persons', 'person_categories', 'person_tags']
/**
 * Partial indexes of rows a bulk write of live persons never makes (the recycle bin, demo
 * persons): kept up as the rows go, which costs nothing for them, where building them again
 * cost a scan of the whole table each (at 300k persons 0.4–1.5 s apiece).
 */
const KEPT_DURING_BULK = ['persons_binned', 'persons_demo']

/** True when no person is registered (tombstones aside): nothing an import could match. */
export function registerIsEmpty(sqlite: BetterSqlite3.Database): boolean {
  return !sqlite
    .prepare('SELECT EXISTS (SELECT 1 FROM persons WHERE purged_at IS NULL)')
    .pluck()
    .get()
}

/**
 * Settings for one bulk write, undone by the returned function: a larger page cache, and —
 * when the register starts empty — the secondary indexes dropped and built once all rows are
 * in (filling B-trees in random key order costs far more than sorting once; the same
 * reasoning as the demo loader's withIndexesDeferred, for a write that awaits a file between
 * rows). With `walFolds` the build comes after the COMMIT, in the fold's worker
 * (db/pendingIndexes.ts): inside the transaction each build read every persons page back
 * from the WAL, ~10 s of a million persons' 31 s import. Until then every query answers the
 * same, only the ones those indexes serve take longer.
 * Call inside the transaction: if it rolls back, the dropped indexes come back with it.
 */
export function bulkWriteMode(
  sqlite: BetterSqlite3.Database,
  opts: {
    deferIndexes: boolean
    cacheKib: number
    /**
     * Takes the checkpoint of this transaction's COMMIT, and the build of the indexes it
     * deferred, off the user's wait; null leaves both in the transaction, as SQLite does by
     * default.
     */
    walFolds: Pick<WalFolds, 'hold'> | null
  },
): { finish(): void; restoreCache(): void } {
  opts.walFolds?.hold(sqlite)
  // A bulk write that keeps its indexes looks rows up by them (a second package's ID
  // numbers): what an earlier one left to build, it builds first.
  if (!opts.deferIndexes) buildPendingIndexes(sqlite)
  const cacheBefore = sqlite.pragma('cache_size', { simple: true }) as number
  sqlite.pragma(`cache_size = ${-opts.cacheKib}`)
  const indexes = opts.deferIndexes
    ? (sqlite
        .prepare(
          `SELECT name, sql FROM sqlite_master
           WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
             AND name NOT IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(DEFERRABLE), JSON.stringify(KEPT_DURING_BULK)) as {
        name: string
        sql: string
      }[])
    : []
  for (const ix of indexes) sqlite.exec(`DROP INDEX "${ix.name}"`)
  return {
    finish: () => {
      if (opts.walFolds) recordPendingIndexes(sqlite, indexes)
      else for (const ix of indexes) sqlite.exec(ix.sql)
    },
    restoreCache: () => {
      sqlite.pragma(`cache_size = ${cacheBefore}`)
    },
  }
}
