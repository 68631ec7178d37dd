import type BetterSqlite3 from 'better-sqlite3'
import { TRAVELLING_TABLES } from '../../../../shared/packages/travellingTables'
import { recomputeScores } from '../../suggestions/recompute'
import type { VerifiedPackage } from '../verifyPackage'
import { applyPlainTable, tombstoneAbsent, tombstonePlainRows, type ApplyScope } from './applyRows'
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
 * deferred to its commit, so the order of rows inside a table does not matter.
 */
export async function applyPackage(
  sqlite: BetterSqlite3.Database,
  pkg: VerifiedPackage,
  opts: { selfCode: string; stamp(): string; progress: ApplyProgress; sites: ReadonlySet<string> },
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
  sqlite.pragma('defer_foreign_keys = ON')
  for (const t of TRAVELLING_TABLES) {
    const declared = pkg.manifest.tables[t.table]
    // A table newer than the sender's schema is not in its package: nothing to apply, and
    // nothing of that sender's to tombstone.
    if (!declared) continue
    const data = pkg.data.get(t.table) ?? Buffer.alloc(0)
    const columns = declared.columns ?? []
    tally.of(t.table)
    await opts.progress.startTable(t.table, declared.rows)
    const present =
      t.shape === 'person'
        ? await applyPersons(scope, data)
        : await applyPlainTable(scope, t, columns, data)
    if (pkg.manifest.kind !== 'full' || !t.tombstoneWhenAbsent) continue
    const absent = tombstoneAbsent(scope, t.table, present)
    if (t.shape === 'person') tombstonePersons(scope, absent)
    else tombstonePlainRows(scope, t.table, absent)
  }
  if (SUGGESTION_TABLES.some((table) => pkg.data.get(table)?.length)) recomputeScores(sqlite)
  await opts.progress.finish()
  return tally
}
