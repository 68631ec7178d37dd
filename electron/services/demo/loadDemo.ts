import type BetterSqlite3 from 'better-sqlite3'
import { SCALAR_COLUMNS, searchDocuments } from '../../../db/repos/personRows'
import { FTS_SQL } from '../../../db/repos/personSearchRows'
import { withSearchSegmentsMerged } from '../../../db/repos/personSearchSegments'
import {
  namePinyin,
  phoneDigits,
  reversed,
  type NamePinyin,
} from '../../../shared/persons/searchKeys'
import type { Clock } from '../clock'
import { withIndexesDeferred, withPageCache } from './deferIndexes'
import { communityCode, DEMO_TOWNSHIPS, townshipCode } from './county'
import { uuidv7Batch } from './uuidBatch'
import { generatePersons, type DemoOptions, type DemoTownship } from './generatePersons'

export interface DemoLoad extends DemoOptions {
  siteId: string
  clock: Clock
  /** Called every 10,000 persons (progress events). */
  onProgress?: (done: number, total: number) => void
}

const PERSON_COLUMNS = [
  'id',
  'site_id',
  'created_at',
  'updated_at',
  'is_demo',
  ...SCALAR_COLUMNS.map((c) => c.column),
  'name_py',
  'name_initials',
  'id_rev',
  'phone_rev',
]

/**
 * Inserts demo persons with statements compiled once (STACK.md: per-row Kysely is ~5×
 * slower), writing child rows, both FTS tables and the change log as it goes. Runs on the
 * caller's transaction when one is open on this connection (the audited handler), else in
 * its own; indexes are built after the rows (the handler only loads into an empty
 * register), and the search index, all of it this load's, is merged into one segment a
 * table after them. Also fills empty township/community dictionaries with the demo county.
 */
export function loadDemoPersons(sqlite: BetterSqlite3.Database, opts: DemoLoad): number {
  const insertPerson = sqlite.prepare(
    `INSERT INTO persons (${PERSON_COLUMNS.join(', ')}) VALUES (${PERSON_COLUMNS.map(() => '?').join(', ')})`,
  )
  const insertCategory = sqlite.prepare(
    'INSERT INTO person_categories (person_rid, code, detail) VALUES (?, ?, ?)',
  )
  const insertSeat = sqlite.prepare(
    `INSERT INTO person_seats (person_rid, ord, body, session, level, post, term_start, term_end, sector)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertTri = sqlite.prepare(FTS_SQL.insertTri)
  const insertChars = sqlite.prepare(FTS_SQL.insertChars)
  const insertChange = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES (?, ?, 'insert', ?, ?)",
  )
  // Names repeat a lot at scale; pinyin-pro costs ~3 µs a name.
  const uuidv7 = uuidv7Batch()
  const pinyinCache = new Map<string, NamePinyin>()

  const run = () => {
    const townships = seedDictionaries(sqlite, opts)
    let done = 0
    for (const p of generatePersons({ ...opts, townships })) {
      const stamp = opts.clock.hlc()
      const id = uuidv7(opts.clock.nowMs())
      let py = pinyinCache.get(p.name)
      if (!py) pinyinCache.set(p.name, (py = namePinyin(p.name)))
      const values: unknown[] = [id, opts.siteId, stamp, stamp, 1]
      for (const { key } of SCALAR_COLUMNS) values.push(p[key])
      values.push(py.full, py.initials, reversed(p.idNumber), reversed(phoneDigits(p.phone)))
      const rid = Number(insertPerson.run(values).lastInsertRowid)
      for (const c of p.categories) insertCategory.run(rid, c.code, c.detail)
      p.seats.forEach((s, ord) =>
        insertSeat.run(
          rid,
          ord,
          s.body,
          s.session,
          s.level,
          s.post,
          s.termStart,
          s.termEnd,
          s.sector,
        ),
      )
      const docs = searchDocuments(p)
      insertTri.run(rid, ...docs.tri)
      insertChars.run(rid, docs.chars)
      insertChange.run('persons', id, stamp, opts.siteId)
      if (++done % 10_000 === 0) opts.onProgress?.(done, opts.count)
    }
    return done
  }
  const bulk = () =>
    withPageCache(sqlite, 256 * 1024, () =>
      withIndexesDeferred(sqlite, ['persons', 'person_categories'], () =>
        withSearchSegmentsMerged(sqlite, run),
      ),
    )
  return sqlite.inTransaction ? bulk() : sqlite.transaction(bulk)()
}

/** Fills empty township/community dictionaries with the demo county; answers what is there. */
function seedDictionaries(sqlite: BetterSqlite3.Database, opts: DemoLoad): DemoTownship[] {
  const count = (kind: string) =>
    sqlite
      .prepare('SELECT count(*) FROM dictionaries WHERE kind = ? AND deleted_at IS NULL')
      .pluck()
      .get(kind) as number
  const insert = sqlite.prepare(
    `INSERT INTO dictionaries (id, site_id, created_at, updated_at, kind, code, name, parent_code, sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const change = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('dictionaries', ?, 'insert', ?, ?)",
  )
  const add = (kind: string, code: string, name: string, parent: string | null, sort: number) => {
    const id = uuidv7Batch()(opts.clock.nowMs())
    const stamp = opts.clock.hlc()
    insert.run(id, opts.siteId, stamp, stamp, kind, code, name, parent, sort)
    change.run(id, stamp, opts.siteId)
  }
  if (count('township') === 0) {
    DEMO_TOWNSHIPS.forEach((t, i) => add('township', townshipCode(i), t.name, null, i))
  }
  if (count('community') === 0) {
    DEMO_TOWNSHIPS.forEach((t, i) =>
      t.communities.forEach((c, j) => add('community', communityCode(i, j), c, townshipCode(i), j)),
    )
  }
  const rows = sqlite
    .prepare(
      `SELECT kind, code, name, parent_code AS parent FROM dictionaries
       WHERE kind IN ('township', 'community') AND deleted_at IS NULL AND disabled = 0 ORDER BY sort, code`,
    )
    .all() as { kind: string; code: string; name: string; parent: string | null }[]
  return rows
    .filter((r) => r.kind === 'township')
    .map((t) => ({
      code: t.code,
      name: t.name,
      communities: rows.filter((c) => c.kind === 'community' && c.parent === t.code),
    }))
}
