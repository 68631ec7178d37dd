import type BetterSqlite3 from 'better-sqlite3'
import { badIdNumberRids } from './quality/badIdNumberRids'
import { siteIdsOf } from '../units/siteIdsOf'
import type { ListFilter } from './listIndex/listQuery'

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
