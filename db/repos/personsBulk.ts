import type BetterSqlite3 from 'better-sqlite3'
import { PERSON_SCALAR_KEYS } from '../../shared/persons/fieldSpecs'
import type { PersonFields, PersonScalars, PersonSubRecords } from '../../shared/persons/types'
import {
  nameCharsDocument,
  namePinyin,
  phoneDigits,
  reversed,
  type NamePinyin,
} from '../../shared/persons/searchKeys'
import { rowToScalars, SCALAR_COLUMNS, searchDocuments } from './personRows'
import { FTS_SQL } from './personSearchRows'
import { withSearchSegmentsMerged } from './personSearchSegments'

/**
 * The persons repo's writes (persons.ts) as statements compiled once, for imports that write
 * thousands of persons in one transaction: Kysely re-prepares on every execute (STACK.md).
 * Same rows, same search keys (scalarsToRow), same FTS documents (searchDocuments), the
 * same change_log entries as insertPerson / updatePerson / purgePerson (deferred creates: one
 * entry a run, see finishInserts), so search, the list index and packages see an imported
 * person exactly like a typed one. Call inside a transaction.
 */

export interface BulkPersonKey {
  rid: number
  id: string
  siteId: string
}

export interface StoredPerson extends BulkPersonKey {
  deletedAt: string | null
  updatedAt: string
  fields: PersonFields
  /** False when read for matching only: seats, posts, educations and awards left empty. */
  complete: boolean
}

const SEARCH_COLUMNS = ['name_py', 'name_initials', 'id_rev', 'phone_rev'] as const
/** The columns scalarsToRow of personRows fills, in a fixed order for positional binding. */
export const BULK_ROW_COLUMNS = [
  ...SCALAR_COLUMNS.map((c) => c.column),
  ...SEARCH_COLUMNS,
] as string[]
const ROW_COLUMNS = BULK_ROW_COLUMNS
const PINYIN_CACHE_MAX = 200_000
/**
 * Persons per run of finishInserts: ~1,000 persons pages (~4 MB), small beside the 128 MB
 * import cache, most of which the transaction's dirty pages hold (at 100k a run, two of the
 * three statements still read most of their pages back).
 */
const FILL_RUN_ROWS = 10_000

/**
 * namePinyin with each name worked out once: names repeat a lot in a county, and pinyin-pro
 * costs a few microseconds a name.
 */
export function cachedNamePinyin(): (name: string) => NamePinyin {
  const pinyinOf = new Map<string, NamePinyin>()
  return (name) => {
    let py = pinyinOf.get(name)
    if (!py) {
      py = namePinyin(name)
      if (pinyinOf.size < PINYIN_CACHE_MAX) pinyinOf.set(name, py)
    }
    return py
  }
}

/**
 * scalarsToRow of personRows written positionally into `row` from index `at` on; the name's
 * pinyin unless already known. Into an array the caller reuses: a bulk write builds a
 * million of these, and a fresh array grown by push was a third of the row loop's garbage.
 */
export function bulkRowFiller(): (
  row: unknown[],
  at: number,
  s: PersonScalars,
  known?: NamePinyin,
) => void {
  const pinyinOf = cachedNamePinyin()
  return (row, at, s, known) => {
    let i = at
    for (const { key } of SCALAR_COLUMNS) row[i++] = s[key] ?? null
    const py = known ?? pinyinOf(s.name)
    row[i++] = py.full
    row[i++] = py.initials
    row[i++] = reversed(s.idNumber)
    row[i] = reversed(phoneDigits(s.phone))
  }
}

/** scalarsToRow of personRows as a new positional array. */
export function bulkRowBuilder(): (s: PersonScalars, known?: NamePinyin) => unknown[] {
  const fill = bulkRowFiller()
  return (s, known) => {
    const values = new Array<unknown>(ROW_COLUMNS.length)
    fill(values, 0, s, known)
    return values
  }
}
const CHILD_TABLES = [
  'person_categories',
  'person_tags',
  'person_seats',
  'person_posts',
  'person_education',
  'person_awards',
] as const

export type PersonBulkWriter = ReturnType<typeof personBulkWriter>

export function personBulkWriter(sqlite: BetterSqlite3.Database) {
  const q = (sql: string) => sqlite.prepare(sql)
  const insertPerson = q(
    `INSERT INTO persons (id, site_id, created_at, updated_at, deleted_at, is_demo, ${ROW_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ?, ?, 0, ${ROW_COLUMNS.map(() => '?').join(', ')})`,
  )
  const updatePerson = q(
    `UPDATE persons SET ${ROW_COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE rid = ?`,
  )
  const purgeRow = q(
    `UPDATE persons SET ${ROW_COLUMNS.map((c) => `${c} = ?`).join(', ')},
       updated_at = ?, deleted_at = coalesce(deleted_at, ?), purged_at = ? WHERE rid = ?`,
  )
  const deleteChildren = CHILD_TABLES.map((t) => q(`DELETE FROM ${t} WHERE person_rid = ?`))
  const insertCategory = q(
    'INSERT INTO person_categories (person_rid, code, detail) VALUES (?, ?, ?)',
  )
  const insertTag = q('INSERT INTO person_tags (person_rid, tag) VALUES (?, ?)')
  const insertSeat = q(
    `INSERT INTO person_seats (person_rid, ord, body, session, level, post, term_start, term_end, sector)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPost = q(
    'INSERT INTO person_posts (person_rid, ord, org, post, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertEducation = q(
    `INSERT INTO person_education (person_rid, ord, school, major, education, degree, start_date, end_date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertAward = q(
    'INSERT INTO person_awards (person_rid, ord, name, level, awarded_on, issuer) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const insertTri = q(FTS_SQL.insertTri)
  const insertChars = q(FTS_SQL.insertChars)
  const deleteTri = q(FTS_SQL.deleteTri)
  const deleteChars = q(FTS_SQL.deleteChars)
  const change = q(
    'INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, ?, ?, ?)',
  )
  // Deferred inserts are live rows only (see insert): the WHERE keeps out the rest. Each
  // statement takes one run of rids (from, to], see finishInserts.
  const DEFERRED = 'rid > ? AND rid <= ? AND deleted_at IS NULL AND purged_at IS NULL'
  // One entry for the run (migration 0029): its first person's id and site, the run's last
  // stamp (what lastHlc reads back at start); the rids it spans in change_log_runs.
  const logInserts = q(
    `INSERT INTO change_log (table_name, row_id, op, hlc, site_id)
     SELECT 'persons', first.id, 'insert', run.hlc, first.site_id
       FROM (SELECT min(rid) AS first, max(updated_at) AS hlc FROM persons WHERE ${DEFERRED}) AS run
       JOIN persons AS first ON first.rid = run.first`,
  )
  const logRun = q('INSERT INTO change_log_runs (seq, run_first, run_last) VALUES (?, ?, ?)')
  // The same documents as searchDocuments, for rows already written: SQLite calls back
  // into the one JavaScript definition of the single-character document.
  sqlite.function('xinlian_name_chars', { deterministic: true }, (name, formerNames) =>
    nameCharsDocument(String(name ?? ''), formerNames as string | null),
  )
  const indexInserts = [
    q(`INSERT INTO person_fts_tri (rowid, name, former_names, employer)
       SELECT rid, name, coalesce(former_names, ''), coalesce(employer, '')
         FROM persons WHERE ${DEFERRED} ORDER BY rid`),
    q(`INSERT INTO person_fts_chars (rowid, chars)
       SELECT rid, xinlian_name_chars(name, former_names) FROM persons WHERE ${DEFERRED} ORDER BY rid`),
  ]
  const maxRid = q('SELECT max(rid) FROM persons').pluck()
  const selectPerson = q('SELECT * FROM persons WHERE rid = ?')
  const selectChildren = {
    categories: q('SELECT code, detail FROM person_categories WHERE person_rid = ? ORDER BY code'),
    tags: q('SELECT tag FROM person_tags WHERE person_rid = ? ORDER BY tag').pluck(),
    seats: q('SELECT * FROM person_seats WHERE person_rid = ? ORDER BY ord'),
    posts: q('SELECT * FROM person_posts WHERE person_rid = ? ORDER BY ord'),
    educations: q('SELECT * FROM person_education WHERE person_rid = ? ORDER BY ord'),
    awards: q('SELECT * FROM person_awards WHERE person_rid = ? ORDER BY ord'),
  }

  const fillRow = bulkRowFiller()
  // One array of each statement's parameters, refilled per person and spread into run():
  // id, site_id, created_at, updated_at, deleted_at, then the row.
  const insertParams = new Array<unknown>(5 + ROW_COLUMNS.length)
  // The row, then updated_at and rid.
  const updateParams = new Array<unknown>(ROW_COLUMNS.length + 2)

  // Plain loops, not forEach: a bulk write calls this a million times, and each forEach
  // allocated its callback.
  function writeChildren(rid: number, subs: PersonSubRecords, fresh: boolean): void {
    if (!fresh) for (const del of deleteChildren) del.run(rid)
    for (const c of subs.categories) insertCategory.run(rid, c.code, c.detail)
    for (const tag of subs.tags) insertTag.run(rid, tag)
    const { seats, posts, educations, awards } = subs
    for (let ord = 0; ord < seats.length; ord++) {
      const s = seats[ord]!
      insertSeat.run(rid, ord, s.body, s.session, s.level, s.post, s.termStart, s.termEnd, s.sector)
    }
    for (let ord = 0; ord < posts.length; ord++) {
      const p = posts[ord]!
      insertPost.run(rid, ord, p.org, p.post, p.start, p.end)
    }
    for (let ord = 0; ord < educations.length; ord++) {
      const e = educations[ord]!
      insertEducation.run(rid, ord, e.school, e.major, e.education, e.degree, e.start, e.end)
    }
    for (let ord = 0; ord < awards.length; ord++) {
      const a = awards[ord]!
      insertAward.run(rid, ord, a.name, a.level, a.date, a.issuer)
    }
  }

  function index(rid: number, fields: PersonScalars): void {
    const docs = searchDocuments(fields)
    insertTri.run(rid, ...docs.tri)
    insertChars.run(rid, docs.chars)
  }

  function unindex(rid: number): void {
    deleteTri.run(rid)
    deleteChars.run(rid)
  }

  return {
    /**
     * insertPerson of the persons repo; `stamp` is its updated_at. A package's row keeps its
     * sender's created_at and, in the recycle bin, its deleted_at: written here at once,
     * because a second UPDATE of deleted_at rewrites every partial index of the row. With
     * `deferred` (live rows only), the search index rows and the change_log entry are left
     * to finishInserts: one INSERT … SELECT each for a whole batch instead of three
     * statements per person.
     */
    insert(
      p: {
        id: string
        siteId: string
        stamp: string
        fields: PersonFields
        createdAt?: string
        deletedAt?: string | null
        /** The name's pinyin keys when already known (a package's, see PersonLine). */
        pinyin?: NamePinyin | undefined
      },
      opts: { deferred?: boolean } = {},
    ): number {
      const deletedAt = p.deletedAt ?? null
      if (opts.deferred && deletedAt) throw new Error('only live persons are indexed deferred')
      insertParams[0] = p.id
      insertParams[1] = p.siteId
      insertParams[2] = p.createdAt ?? p.stamp
      insertParams[3] = p.stamp
      insertParams[4] = deletedAt
      fillRow(insertParams, 5, p.fields, p.pinyin)
      const rid = Number(insertPerson.run(...insertParams).lastInsertRowid)
      writeChildren(rid, p.fields, true)
      if (opts.deferred) return rid
      if (!deletedAt) index(rid, p.fields)
      change.run('persons', p.id, 'insert', p.stamp, p.siteId)
      return rid
    },

    /**
     * Search rows and change_log of every person inserted after `rid`, deferred: both search
     * tables and one change_log entry for one run of rids, then the next run, so each run's
     * persons pages are read once and found in the page cache by the other two statements.
     * One statement per table over all the rows read every persons page three times; beyond
     * what the cache holds (~300k persons) each read came back from the WAL, decrypted and its
     * HMAC checked again (at 1M persons 568k page reads → 222k). A fill of more rids than
     * came before it writes most of the search index, which is then merged into one segment a
     * table; a smaller one leaves the index as FTS5's automerge keeps it, not rewritten.
     */
    finishInserts(rid: number, rowsPerRun = FILL_RUN_ROWS): void {
      const last = (maxRid.get() as number | null) ?? 0
      const fill = () => {
        for (let from = rid; from < last; from += rowsPerRun) {
          const to = Math.min(last, from + rowsPerRun)
          for (const statement of indexInserts) statement.run(from, to)
          const logged = logInserts.run(from, to)
          if (logged.changes) logRun.run(logged.lastInsertRowid, from + 1, to)
        }
      }
      if (last - rid > rid) withSearchSegmentsMerged(sqlite, fill)
      else fill()
    },

    /** The highest rid so far: persons inserted from here on get higher ones. */
    lastRid(): number {
      return (maxRid.get() as number | null) ?? 0
    },

    /** updatePerson of the persons repo: the live person rewritten whole. */
    update(key: BulkPersonKey, fields: PersonFields, stamp: string, pinyin?: NamePinyin): void {
      fillRow(updateParams, 0, fields, pinyin)
      updateParams[ROW_COLUMNS.length] = stamp
      updateParams[ROW_COLUMNS.length + 1] = key.rid
      updatePerson.run(...updateParams)
      writeChildren(key.rid, fields, false)
      unindex(key.rid)
      index(key.rid, fields)
      change.run('persons', key.id, 'update', stamp, key.siteId)
    },

    /** purgePerson of the persons repo: personal data wiped, a tombstone left to travel. */
    purge(key: BulkPersonKey, stamp: string): void {
      const blank = Object.fromEntries(
        PERSON_SCALAR_KEYS.map((k) => [k, null]),
      ) as unknown as PersonScalars
      for (const del of deleteChildren) del.run(key.rid)
      unindex(key.rid)
      const row = new Array<unknown>(ROW_COLUMNS.length)
      fillRow(row, 0, { ...blank, name: '', status: '1' })
      purgeRow.run(...row, stamp, stamp, stamp, key.rid)
      change.run('persons', key.id, 'delete', stamp, key.siteId)
    },

    /** A person with child records, as findPerson of the persons repo reads one. */
    read(rid: number): StoredPerson | null {
      const person = this.readForMatch(rid)
      return person && this.complete(person)
    },

    /**
     * The scalars, categories and tags only: what an import row can change. Most rows of a
     * re-imported roster change nothing, and reading four more child tables for each costs.
     */
    readForMatch(rid: number): StoredPerson | null {
      const row = selectPerson.get(rid) as Record<string, unknown> | undefined
      if (!row || row.purged_at) return null
      return {
        rid,
        id: row.id as string,
        siteId: row.site_id as string,
        deletedAt: (row.deleted_at as string | null) ?? null,
        updatedAt: row.updated_at as string,
        complete: false,
        fields: {
          ...rowToScalars(row as Parameters<typeof rowToScalars>[0]),
          categories: selectChildren.categories.all(rid) as {
            code: string
            detail: string | null
          }[],
          tags: selectChildren.tags.all(rid) as string[],
          seats: [],
          posts: [],
          educations: [],
          awards: [],
        },
      }
    },

    /** The rest of a person read for matching: seats, posts, educations, awards. */
    complete(person: StoredPerson): StoredPerson {
      if (person.complete) return person
      const rid = person.rid
      const sub = (s: BetterSqlite3.Statement) => s.all(rid) as Record<string, string | null>[]
      return {
        ...person,
        complete: true,
        fields: {
          ...person.fields,
          seats: sub(selectChildren.seats).map((s) => ({
            body: s.body as 'npc' | 'cppcc',
            session: s.session ?? null,
            level: s.level ?? null,
            post: s.post ?? null,
            termStart: s.term_start ?? null,
            termEnd: s.term_end ?? null,
            sector: s.sector ?? null,
          })),
          posts: sub(selectChildren.posts).map((p) => ({
            org: p.org ?? '',
            post: p.post ?? null,
            start: p.start_date ?? null,
            end: p.end_date ?? null,
          })),
          educations: sub(selectChildren.educations).map((e) => ({
            school: e.school ?? '',
            major: e.major ?? null,
            education: e.education ?? null,
            degree: e.degree ?? null,
            start: e.start_date ?? null,
            end: e.end_date ?? null,
          })),
          awards: sub(selectChildren.awards).map((a) => ({
            name: a.name ?? '',
            level: a.level ?? null,
            date: a.awarded_on ?? null,
            issuer: a.issuer ?? null,
          })),
        },
      }
    },
  }
}
