import type BetterSqlite3 from 'better-sqlite3'
import { idCheckDigit } from '../../../shared/idcard/idCheckDigit'
import { prepared } from './prepared'
import { siteIdsOf } from '../units/siteIdsOf'
import type { ListFilter } from './listIndex/listQuery'

const cache = new WeakMap<BetterSqlite3.Database, { seq: number; rids: Set<number> }>()

/**
 * Live persons whose 18-character ID number has a wrong check digit. Reading every ID number
 * takes a while at a million rows, so the answer is kept until change_log moves on.
 */
export function badIdNumberRids(sqlite: BetterSqlite3.Database): Set<number> {
  const seq = (prepared(sqlite, 'SELECT max(seq) FROM change_log').pluck().get() as number) ?? 0
  const hit = cache.get(sqlite)
  if (hit && hit.seq === seq) return hit.rids
  const rows = prepared(
    sqlite,
    `SELECT rid, id_number FROM persons
      WHERE deleted_at IS NULL AND id_number IS NOT NULL AND length(id_number) = 18`,
  )
    .raw()
    .all() as [number, string][]
  const rids = new Set<number>()
  for (const [rid, id] of rows) {
    if (idCheckDigit(id.slice(0, 17)) !== id[17]!.toUpperCase()) rids.add(rid)
  }
  cache.set(sqlite, { seq, rids })
  return rids
}

/**
 * The filter as the list index reads it: units become the site ids the index holds, and a
 * check that needs the table brings its rids.
 */
export function resolveListFilter<F extends ListFilter>(
  sqlite: BetterSqlite3.Database,
  filter: F,
): F {
  const withUnits = filter.units?.length
    ? { ...filter, siteIds: siteIdsOf(sqlite, filter.units) }
    : filter
  return withUnits.quality === 'badIdNumber'
    ? { ...withUnits, onlyRids: badIdNumberRids(sqlite) }
    : withUnits
}
