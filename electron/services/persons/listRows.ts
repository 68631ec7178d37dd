import type BetterSqlite3 from 'better-sqlite3'
import { ageOn } from '../../../shared/persons/age'
import { maskPerson } from '../../../shared/persons/maskPerson'
import type { PersonListRow, SeatBody } from '../../../shared/persons/types'
import { childrenFromIndex, type IndexedChildren } from './listIndex/indexedChildren'
import { currentPersonListIndex } from './listIndex/registry'
import { prepared } from './prepared'
import { hlcToIso } from './stamps'

interface ListRowSource {
  rid: number
  id: string
  name: string
  former_names: string | null
  sex: string | null
  ethnicity: string | null
  birth_date: string | null
  id_number: string | null
  phone: string | null
  employer: string | null
  job_title: string | null
  team: string | null
  talent_level: string | null
  township: string | null
  community: string | null
  status: string
  political_status: string | null
  political_status2: string | null
  education: string | null
  title_level: string | null
  is_demo: number
  created_at: string
  updated_at: string
  unit_code: string | null
  unit_name: string | null
}

const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/** The masked list rows of some persons, in the order given. */
export function loadListRows(
  sqlite: BetterSqlite3.Database,
  rids: number[],
  today: string,
): PersonListRow[] {
  if (rids.length === 0) return []
  const list = JSON.stringify(rids)
  const rows = prepared(
    sqlite,
    `SELECT p.rid, p.id, p.name, p.former_names, p.sex, p.ethnicity, p.birth_date, p.id_number,
            p.phone, p.employer, p.job_title, p.team, p.talent_level, p.township, p.community,
            p.status, p.political_status, p.political_status2, p.education, p.title_level,
            p.is_demo, p.created_at, p.updated_at, u.code AS unit_code, u.name AS unit_name
     FROM persons p LEFT JOIN units u ON u.id = p.site_id WHERE p.rid ${IN_LIST}`,
  ).all(list) as ListRowSource[]
  const { categories: cats, seats } = categoriesAndSeats(sqlite, rids)
  const tags = new Map<number, string[]>()
  for (const [rid, tag] of children(
    sqlite,
    `SELECT person_rid, tag FROM person_tags WHERE person_rid ${IN_LIST} ORDER BY tag`,
    list,
  )) {
    push(tags, rid, tag)
  }
  const byRid = new Map(rows.map((r) => [r.rid, r]))
  const out: PersonListRow[] = []
  for (const rid of rids) {
    const r = byRid.get(rid)
    if (!r) continue
    out.push(
      maskPerson({
        id: r.id,
        name: r.name,
        formerNames: r.former_names,
        sex: r.sex,
        ethnicity: r.ethnicity,
        birthDate: r.birth_date,
        age: ageOn(r.birth_date, today),
        idNumber: r.id_number,
        phone: r.phone,
        employer: r.employer,
        jobTitle: r.job_title,
        categories: cats.get(rid) ?? [],
        team: r.team,
        talentLevel: r.talent_level,
        township: r.township,
        community: r.community,
        status: r.status,
        politicalStatus: r.political_status,
        politicalStatus2: r.political_status2,
        education: r.education,
        titleLevel: r.title_level,
        seats: seats.get(rid) ?? [],
        tags: tags.get(rid) ?? [],
        isDemo: r.is_demo === 1,
        createdAt: hlcToIso(r.created_at),
        updatedAt: hlcToIso(r.updated_at),
        unitCode: r.unit_code ?? '',
        unitName: r.unit_name ?? '',
      }),
    )
  }
  return out
}

function children(sqlite: BetterSqlite3.Database, sql: string, list: string): [number, string][] {
  return prepared(sqlite, sql).raw(true).all(list) as [number, string][]
}

/**
 * The persons' categories and seat bodies: from the list index when it holds the state read
 * now, from their tables for persons it cannot answer for (or all, when it is behind).
 */
function categoriesAndSeats(
  sqlite: BetterSqlite3.Database,
  rids: number[],
): Pick<IndexedChildren, 'categories' | 'seats'> {
  const index = currentPersonListIndex(sqlite)
  const known: IndexedChildren = index
    ? childrenFromIndex(index, rids)
    : { categories: new Map(), seats: new Map(), missing: rids }
  if (known.missing.length === 0) return known
  const list = JSON.stringify(known.missing)
  for (const [rid, code] of children(
    sqlite,
    `SELECT person_rid, code FROM person_categories WHERE person_rid ${IN_LIST} ORDER BY code`,
    list,
  )) {
    push(known.categories, rid, code)
  }
  for (const [rid, body] of children(
    sqlite,
    `SELECT DISTINCT person_rid, body FROM person_seats WHERE person_rid ${IN_LIST} ORDER BY body DESC`,
    list,
  )) {
    push(known.seats, rid, body as SeatBody)
  }
  return known
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
