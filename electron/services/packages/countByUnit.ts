import type BetterSqlite3 from 'better-sqlite3'
import { personListIndex } from '../persons/listIndex/registry'
import { prepared } from '../persons/prepared'

/**
 * Live persons per owning unit, this unit's and those received in packages (demo rows too).
 * Counted over the list index's owner column: a GROUP BY over the persons table took most of
 * a second at a province's million persons, on every load of the 上报情况 board.
 */
export function countByUnit(
  sqlite: BetterSqlite3.Database,
): { code: string; name: string; count: number }[] {
  const c = personListIndex(sqlite).columns
  const perSite = new Uint32Array(c.interned.site.size)
  for (let s = 0; s < c.size; s++) if (c.alive[s]) perSite[c.site[s]!]!++
  const units = prepared(
    sqlite,
    'SELECT id, code, name FROM units ORDER BY is_self DESC, code',
  ).all() as { id: string; code: string; name: string }[]
  return units.flatMap((u) => {
    const site = c.interned.site.existing(u.id)
    const count = site === undefined ? 0 : perSite[site]!
    return count ? [{ code: u.code, name: u.name, count }] : []
  })
}
