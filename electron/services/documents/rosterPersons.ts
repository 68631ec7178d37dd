import type BetterSqlite3 from 'better-sqlite3'
import { rowToScalars } from '../../../db/repos/personRows'
import type { PersonsTable } from '../../../db/schema'
import type { RosterPerson } from '../../../shared/documents/roster'
import { ageOn } from '../../../shared/persons/age'
import type { SeatBody } from '../../../shared/persons/types'

const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/**
 * Full roster rows of live persons, in the order of `ids`. Values are not masked here: the
 * roster model masks them unless the caller may and did ask for full values.
 */
export function rosterPersons(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[],
  today: string,
  posts: ReadonlyMap<string, string> = new Map(),
): RosterPerson[] {
  if (ids.length === 0) return []
  const list = JSON.stringify(ids)
  const rows = sqlite
    .prepare(`SELECT * FROM persons WHERE deleted_at IS NULL AND id ${IN_LIST}`)
    .all(list) as (Omit<PersonsTable, 'rid'> & { rid: number })[]
  const ridOf = new Map(rows.map((r) => [r.id, r.rid]))
  const group = (sql: string) => {
    const out = new Map<number, string[]>()
    for (const [rid, v] of sqlite.prepare(sql).raw().all(list) as [number, string][]) {
      const l = out.get(rid)
      if (l) l.push(v)
      else out.set(rid, [v])
    }
    return out
  }
  const personRids = `(SELECT rid FROM persons WHERE id ${IN_LIST})`
  const cats = group(
    `SELECT person_rid, code FROM person_categories WHERE person_rid IN ${personRids} ORDER BY code`,
  )
  const seats = group(
    `SELECT DISTINCT person_rid, body FROM person_seats WHERE person_rid IN ${personRids} ORDER BY body DESC`,
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const s = rowToScalars(row)
    const rid = ridOf.get(id)!
    return [
      {
        ...s,
        age: ageOn(s.birthDate, today),
        categories: cats.get(rid) ?? [],
        seats: (seats.get(rid) ?? []) as SeatBody[],
        post: posts.get(id) ?? null,
        isDemo: row.is_demo === 1,
      },
    ]
  })
}
