import type BetterSqlite3 from 'better-sqlite3'
import { idCheckDigit } from '../../../../shared/idcard/idCheckDigit'
import { changedPersonIds } from '../changedPersons'
import { prepared } from '../prepared'

interface Known {
  /** change_log position the set is true at. */
  seq: number
  rids: Set<number>
}

const known = new WeakMap<BetterSqlite3.Database, Known>()

/**
 * Past this many persons changed since the set was made, one pass over the ID-number index
 * is cheaper than looking each of them up.
 */
const RECHECK_AT_MOST = 20_000

function hasBadCheckDigit(id: string | null): boolean {
  return id !== null && id.length === 18 && idCheckDigit(id.slice(0, 17)) !== id[17]!.toUpperCase()
}

/**
 * Reads only the partial index on id_number (rid rides along as the rowid): the table itself
 * is every column of a million persons, each page decrypted on the way. Deleted persons are
 * left in; every caller starts from the list index's live mask.
 */
function scanAll(sqlite: BetterSqlite3.Database): Set<number> {
  const rows = prepared(
    sqlite,
    `SELECT rid, id_number FROM persons INDEXED BY persons_id_number
      WHERE id_number IS NOT NULL AND length(id_number) = 18`,
  )
    .raw()
    .all() as [number, string][]
  const rids = new Set<number>()
  for (const [rid, id] of rows) if (hasBadCheckDigit(id)) rids.add(rid)
  return rids
}

/**
 * The persons change_log names since `seq`, checked again one by one; null when there are
 * too many, or one is gone from the table (its rid could have been given to another row).
 */
function recheckChanged(sqlite: BetterSqlite3.Database, before: Known): Set<number> | null {
  const changed = changedPersonIds(sqlite, before.seq, RECHECK_AT_MOST)
  if (!changed) return null
  const byId = prepared(sqlite, 'SELECT rid, id_number FROM persons WHERE id = ?')
  const rids = new Set(before.rids)
  for (const id of changed) {
    const row = byId.get(id) as { rid: number; id_number: string | null } | undefined
    if (!row) return null
    rids.delete(row.rid)
    if (hasBadCheckDigit(row.id_number)) rids.add(row.rid)
  }
  return rids
}

/**
 * Persons whose 18-character ID number has a wrong check digit. The answer is kept per
 * connection and brought forward by what change_log says changed, so a write does not make
 * the next 工作台 read every ID number again.
 */
export function badIdNumberRids(sqlite: BetterSqlite3.Database): Set<number> {
  const seq = (prepared(sqlite, 'SELECT max(seq) FROM change_log').pluck().get() as number) ?? 0
  const before = known.get(sqlite)
  if (before && before.seq === seq) return before.rids
  const rids = (before && recheckChanged(sqlite, before)) ?? scanAll(sqlite)
  known.set(sqlite, { seq, rids })
  return rids
}
