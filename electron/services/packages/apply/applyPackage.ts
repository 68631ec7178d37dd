import type BetterSqlite3 from 'better-sqlite3'
import type { HandlerContext } from '../../../core/context'
import { TRAVELLING_TABLES } from '../../../../shared/packages/travellingTables'
import { bulkWriteMode, IMPORT_CACHE_KIB, registerIsEmpty } from '../../import/bulkWriteMode'
import { recomputeScores } from '../../suggestions/recompute'
import type { VerifiedPackage } from '../verifyPackage'
import {
  AbsentRows,
  applyPlainTable,
  lineBlocks,
  tombstonePlainRows,
  type ApplyScope,
} from './applyRows'
import { applyPersons, tombstonePersons } from './applyPersons'
import type { ApplyProgress } from './applyProgress'
import { ApplyTally } from './rowOutcome'

const SUGGESTION_TABLES = [
  'suggestions',
  'suggestion_submitters',
  'suggestion_adoptions',
  'suggestion_instructions',
]

/**
 * Writes a verified package into this database, table by table in the registry's order.
 * Call inside the one transaction of the import (UPWARD.md "Import" 5): foreign keys are
 * deferred to its commit, so the order of rows inside a table does not matter. A package is
 * applied once: its data entries are inflated and checked as each is applied (a damaged one
 * throws a PackageRefusal for the caller to roll back) and let go once applied.
 */
export async function applyPackage(
  sqlite: BetterSqlite3.Database,
  pkg: VerifiedPackage,
  opts: {
    selfCode: string
    stamp(): string
    progress: ApplyProgress
    sites: ReadonlySet<string>
    /** This app's version: a sender of the same one worked out pinyin as this app does. */
    appVersion: string
    walFolds: HandlerContext['walFolds']
  },
): Promise<ApplyTally> {
  const tally = new ApplyTally()
  const scope: ApplyScope = {
    sqlite,
    sites: opts.sites,
    selfCode: opts.selfCode,
    tally,
    progress: opts.progress,
    stamp: opts.stamp,
  }
  const suggestions = SUGGESTION_TABLES.some((table) => pkg.data.size(table) > 0)
  sqlite.pragma('defer_foreign_keys = ON')
  // A unit's first package into a new register (a city's first county): its indexes are
  // built once at the end, as an Excel import into an empty register does. A relay looks
  // its rows up one by one by ID number as it writes them, so it keeps every index.
  const mode = bulkWriteMode(sqlite, {
    walFolds: opts.walFolds,
    deferIndexes: opts.sites.size === 1 && registerIsEmpty(sqlite),
    cacheKib: IMPORT_CACHE_KIB,
  })
  try {
    await applyTables(scope, pkg, pkg.manifest.appVersion === opts.appVersion)
    // An entry the apply had no table for is checked all the same before anything commits.
    pkg.data.checkRest()
    // Every entry read: the opened zip (~140 MB at a province) is not held through the index
    // build and the commit.
    pkg.data.release()
    mode.finish()
  } finally {
    mode.restoreCache()
  }
  if (suggestions) recomputeScores(sqlite)
  await opts.progress.finish()
  return tally
}

async function applyTables(
  scope: ApplyScope,
  pkg: VerifiedPackage,
  sendersPinyin: boolean,
): Promise<void> {
  for (const t of TRAVELLING_TABLES) {
    const declared = pkg.manifest.tables[t.table]
    // A table newer than the sender's schema is not in its package: nothing to apply, and
    // nothing of that sender's to tombstone.
    if (!declared) continue
    // Read as inflated, a block at a time: at a city the persons entry (~100 MB) never sits
    // in memory whole beside the transaction's pages.
    const blocks = lineBlocks(pkg.data.stream(t.table))
    const columns = declared.columns ?? []
    scope.tally.of(t.table)
    await scope.progress.startTable(t.table, declared.rows)
    const absent =
      pkg.manifest.kind === 'full' && t.tombstoneWhenAbsent ? new AbsentRows(scope, t.table) : null
    if (t.shape === 'person') await applyPersons(scope, blocks, { sendersPinyin, columns }, absent)
    else await applyPlainTable(scope, t, columns, blocks, absent)
    // Nothing to tombstone (every first package): no statements prepared for it either.
    const gone = absent?.rows() ?? []
    if (!gone.length) continue
    if (t.shape === 'person') tombstonePersons(scope, gone)
    else tombstonePlainRows(scope, t.table, gone)
  }
}
