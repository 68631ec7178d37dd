import type BetterSqlite3 from 'better-sqlite3'
import { rowToScalars } from '../../../../db/repos/personRows'
import type { PersonFields, PersonSubRecords } from '../../../../shared/persons/types'
import {
  PERSON_LINE_COLUMNS,
  PERSON_LINE_STAMPS,
} from '../../../../shared/packages/travellingTables'

/** One person as a package line: the row's travelling stamps and the whole record. */
export interface PersonLine {
  id: string
  site_id: string
  created_at: string
  updated_at: string
  deleted_at: string | null
  purged_at: string | null
  /**
   * The name's pinyin keys as the sender's register holds them (personsBulk's name_py and
   * name_initials): a receiver of the same app version takes them instead of working them
   * out again (pinyin was a sixth of applying a package). Absent in packages before them.
   */
  name_py?: string | null
  name_initials?: string | null
  fields: PersonFields
}

type Row = Record<string, unknown>

const text = (v: unknown) => (v === null || v === undefined ? null : String(v))

/** Each child table in its line order, and how one of its rows reads in the record. */
const CHILDREN: {
  table: string
  order: string
  add(subs: PersonSubRecords, r: Row): void
}[] = [
  {
    table: 'person_categories',
    order: 'c.code',
    add: (s, r) => s.categories.push({ code: String(r.code), detail: text(r.detail) }),
  },
  { table: 'person_tags', order: 'c.tag', add: (s, r) => s.tags.push(String(r.tag)) },
  {
    table: 'person_seats',
    order: 'c.ord',
    add: (s, r) =>
      s.seats.push({
        body: r.body as 'npc' | 'cppcc',
        session: text(r.session),
        level: text(r.level),
        post: text(r.post),
        termStart: text(r.term_start),
        termEnd: text(r.term_end),
        sector: text(r.sector),
      }),
  },
  {
    table: 'person_posts',
    order: 'c.ord',
    add: (s, r) =>
      s.posts.push({
        org: String(r.org),
        post: text(r.post),
        start: text(r.start_date),
        end: text(r.end_date),
      }),
  },
  {
    table: 'person_education',
    order: 'c.ord',
    add: (s, r) =>
      s.educations.push({
        school: String(r.school),
        major: text(r.major),
        education: text(r.education),
        degree: text(r.degree),
        start: text(r.start_date),
        end: text(r.end_date),
      }),
  },
  {
    table: 'person_awards',
    order: 'c.ord',
    add: (s, r) =>
      s.awards.push({
        name: String(r.name),
        level: text(r.level),
        date: text(r.awarded_on),
        issuer: text(r.issuer),
      }),
  },
]

/**
 * Which persons: these rids (an incremental package: a few, read through a temporary table
 * of them), or every person a filter on the persons table keeps (a full package: the persons
 * and each child table read straight through in primary-key order, children of persons not
 * kept skipped by the merge — at a county's 5k persons the temporary table of every rid and
 * a lookup per person and child table cost more than reading the tables whole).
 */
export type PersonSelection =
  { rids: readonly number[] } | { where: string; params: readonly unknown[] }

/**
 * Person lines for the selection, in rid order, one at a time: the persons and each child
 * table are read by one query each, in rid order, and merged as they go, so a full package
 * of a city never holds every person's record at once.
 */
export function* personLines(
  sqlite: BetterSqlite3.Database,
  selection: PersonSelection,
): Generator<PersonLine> {
  const byRids = 'rids' in selection
  if (byRids) {
    if (selection.rids.length === 0) return
    sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS package_rids (rid INTEGER PRIMARY KEY)')
    sqlite.exec('DELETE FROM package_rids')
    const add = sqlite.prepare('INSERT INTO package_rids (rid) VALUES (?)')
    for (const rid of selection.rids) add.run(rid)
  }
  const cursors = CHILDREN.map((c) => {
    const rows = sqlite
      .prepare(
        byRids
          ? `SELECT c.* FROM ${c.table} c JOIN package_rids r ON r.rid = c.person_rid
            ORDER BY c.person_rid, ${c.order}`
          : `SELECT c.* FROM ${c.table} c ORDER BY c.person_rid, ${c.order}`,
      )
      .iterate() as IterableIterator<Row>
    return { child: c, rows, next: rows.next() }
  })
  try {
    const persons = (
      byRids
        ? sqlite
            .prepare(
              'SELECT p.* FROM persons p JOIN package_rids r ON r.rid = p.rid ORDER BY p.rid',
            )
            .iterate()
        : sqlite
            .prepare(`SELECT p.* FROM persons p WHERE ${selection.where} ORDER BY p.rid`)
            .iterate(...selection.params)
    ) as Iterable<Row>
    for (const p of persons) {
      const rid = p.rid as number
      const subs: PersonSubRecords = {
        categories: [],
        tags: [],
        seats: [],
        posts: [],
        educations: [],
        awards: [],
      }
      for (const cursor of cursors) {
        while (!cursor.next.done && (cursor.next.value.person_rid as number) <= rid) {
          if (cursor.next.value.person_rid === rid) cursor.child.add(subs, cursor.next.value)
          cursor.next = cursor.rows.next()
        }
      }
      yield {
        id: p.id as string,
        site_id: p.site_id as string,
        created_at: p.created_at as string,
        updated_at: p.updated_at as string,
        deleted_at: (p.deleted_at as string | null) ?? null,
        purged_at: (p.purged_at as string | null) ?? null,
        name_py: (p.name_py as string | null) ?? null,
        name_initials: (p.name_initials as string | null) ?? null,
        // The child records added to the scalars' own object: a spread copied 40 keys again.
        fields: Object.assign(rowToScalars(p as Parameters<typeof rowToScalars>[0]), subs),
      }
    }
  } finally {
    for (const cursor of cursors) cursor.rows.return?.()
    if (byRids) sqlite.exec('DELETE FROM package_rids')
  }
}

/**
 * The line as format 2 writes it: its values in PERSON_LINE_COLUMNS order, a value left out
 * of the record written as null.
 */
export function personLineValues(line: PersonLine): unknown[] {
  const values = new Array<unknown>(PERSON_LINE_COLUMNS.length)
  const top = line as unknown as Record<string, unknown>
  const fields = line.fields as unknown as Record<string, unknown>
  for (let i = 0; i < PERSON_LINE_COLUMNS.length; i++) {
    const column = PERSON_LINE_COLUMNS[i]!
    values[i] = (i < PERSON_LINE_STAMPS.length ? top[column] : fields[column]) ?? null
  }
  return values
}
