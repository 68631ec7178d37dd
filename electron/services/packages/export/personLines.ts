import type BetterSqlite3 from 'better-sqlite3'
import { rowToScalars } from '../../../../db/repos/personRows'
import type { PersonFields, PersonSubRecords } from '../../../../shared/persons/types'

/** One person as a package line: the row's travelling stamps and the whole record. */
export interface PersonLine {
  id: string
  site_id: string
  created_at: string
  updated_at: string
  deleted_at: string | null
  purged_at: string | null
  fields: PersonFields
}

const emptySubs = (): PersonSubRecords => ({
  categories: [],
  tags: [],
  seats: [],
  posts: [],
  educations: [],
  awards: [],
})

type Row = Record<string, unknown>

/**
 * Person lines for the given rids, child records read with one query per child table (not
 * seven per person: a full package holds every person of the county).
 */
export function personLines(sqlite: BetterSqlite3.Database, rids: number[]): PersonLine[] {
  if (rids.length === 0) return []
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS package_rids (rid INTEGER PRIMARY KEY)')
  sqlite.exec('DELETE FROM package_rids')
  const add = sqlite.prepare('INSERT INTO package_rids (rid) VALUES (?)')
  for (const rid of rids) add.run(rid)
  const subs = new Map<number, PersonSubRecords>()
  const of = (rid: number) => {
    let s = subs.get(rid)
    if (!s) subs.set(rid, (s = emptySubs()))
    return s
  }
  const each = (table: string, order: string, fn: (r: Row) => void) => {
    const rows = sqlite
      .prepare(
        `SELECT c.* FROM ${table} c JOIN package_rids r ON r.rid = c.person_rid ORDER BY c.person_rid, ${order}`,
      )
      .iterate() as Iterable<Row>
    for (const r of rows) fn(r)
  }
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v))
  each('person_categories', 'c.code', (r) =>
    of(r.person_rid as number).categories.push({ code: String(r.code), detail: text(r.detail) }),
  )
  each('person_tags', 'c.tag', (r) => of(r.person_rid as number).tags.push(String(r.tag)))
  each('person_seats', 'c.ord', (r) =>
    of(r.person_rid as number).seats.push({
      body: r.body as 'npc' | 'cppcc',
      session: text(r.session),
      level: text(r.level),
      post: text(r.post),
      termStart: text(r.term_start),
      termEnd: text(r.term_end),
      sector: text(r.sector),
    }),
  )
  each('person_posts', 'c.ord', (r) =>
    of(r.person_rid as number).posts.push({
      org: String(r.org),
      post: text(r.post),
      start: text(r.start_date),
      end: text(r.end_date),
    }),
  )
  each('person_education', 'c.ord', (r) =>
    of(r.person_rid as number).educations.push({
      school: String(r.school),
      major: text(r.major),
      education: text(r.education),
      degree: text(r.degree),
      start: text(r.start_date),
      end: text(r.end_date),
    }),
  )
  each('person_awards', 'c.ord', (r) =>
    of(r.person_rid as number).awards.push({
      name: String(r.name),
      level: text(r.level),
      date: text(r.awarded_on),
      issuer: text(r.issuer),
    }),
  )
  const lines: PersonLine[] = []
  const persons = sqlite
    .prepare('SELECT p.* FROM persons p JOIN package_rids r ON r.rid = p.rid ORDER BY p.rid')
    .iterate() as Iterable<Row>
  for (const p of persons) {
    lines.push({
      id: p.id as string,
      site_id: p.site_id as string,
      created_at: p.created_at as string,
      updated_at: p.updated_at as string,
      deleted_at: (p.deleted_at as string | null) ?? null,
      purged_at: (p.purged_at as string | null) ?? null,
      fields: {
        ...rowToScalars(p as Parameters<typeof rowToScalars>[0]),
        ...(subs.get(p.rid as number) ?? emptySubs()),
      },
    })
  }
  sqlite.exec('DELETE FROM package_rids')
  return lines
}
