import type BetterSqlite3 from 'better-sqlite3'
import type { IndexColumns } from '../persons/listIndex/columns'
import type { PersonListIndex } from '../persons/listIndex/listIndex'
import { personListIndex } from '../persons/listIndex/registry'
import { prepared } from '../persons/prepared'

const kept = new WeakMap<IndexColumns, { seq: number; perSite: Uint32Array }>()

/** Live persons per interned site, kept until the index moves past the change_log seq it was counted at. */
function personsPerSite(index: PersonListIndex): Uint32Array {
  const c = index.columns
  const hit = kept.get(c)
  if (hit && hit.seq === index.syncedSeq && hit.perSite.length === c.interned.site.size)
    return hit.perSite
  const perSite = new Uint32Array(c.interned.site.size)
  for (let s = 0; s < c.size; s++) if (c.alive[s]) perSite[c.site[s]!]!++
  kept.set(c, { seq: index.syncedSeq, perSite })
  return perSite
}

/**
 * Live persons per owning unit, this unit's and those received in packages (demo rows too).
 * Counted over the list index's owner column: a GROUP BY over the persons table took most of
 * a second at a province's million persons, on every load of the 上报情况 board; the pass
 * itself is kept until a person changes.
 */
export function countByUnit(
  sqlite: BetterSqlite3.Database,
): { code: string; name: string; count: number }[] {
  const index = personListIndex(sqlite)
  const c = index.columns
  const perSite = personsPerSite(index)
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
