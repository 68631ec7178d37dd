import type BetterSqlite3 from 'better-sqlite3'
import type { QualityCheck } from '../../../shared/contract/statistics'
import { personListIndex } from '../persons/listIndex/registry'
import { badIdNumberRids } from '../persons/quality/badIdNumberRids'
import { staleStampBefore } from './stampRanges'

/**
 * How many live persons each data-quality check finds, as the list counts them with that
 * check as its only filter (listQuery), in one pass over the list index: the three list
 * counts the dashboard made before walked a million persons three times each.
 */
export function qualityCounts(
  sqlite: BetterSqlite3.Database,
  today: string,
): Record<QualityCheck, number> {
  const c = personListIndex(sqlite).columns
  const before = staleStampBefore(today)
  let noCategory = 0
  let stale = 0
  for (let s = 0; s < c.size; s++) {
    if (!c.alive[s]) continue
    if (c.cats[s] === 0) noCategory++
    if (c.updated[s]! < before) stale++
  }
  let badIdNumber = 0
  for (const rid of badIdNumberRids(sqlite)) {
    const slot = c.slotOfRid(rid)
    if (slot >= 0 && c.alive[slot]) badIdNumber++
  }
  return { noCategory, badIdNumber, stale }
}
