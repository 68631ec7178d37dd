import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type BetterSqlite3 from 'better-sqlite3'
import { localToday } from '../../shared/dates/calendar'
import { loadListRows } from '../../electron/services/persons/listRows'
import {
  currentPersonListIndex,
  personListIndex,
} from '../../electron/services/persons/listIndex/registry'
import { makeTestCore, type TestCore } from '../helpers/testCore'
import { person, validId } from './persons-fixtures'

let t: TestCore
let sqlite: BetterSqlite3.Database

/** Categories and seat bodies of live persons as the tables hold them, in the list row's order. */
function fromTables(): Map<number, { categories: string[]; seats: string[] }> {
  const out = new Map<number, { categories: string[]; seats: string[] }>()
  const rids = sqlite
    .prepare('SELECT rid FROM persons WHERE deleted_at IS NULL ORDER BY rid')
    .pluck()
    .all() as number[]
  for (const rid of rids) {
    const categories = sqlite
      .prepare('SELECT code FROM person_categories WHERE person_rid = ? ORDER BY code')
      .pluck()
      .all(rid) as string[]
    const seats = sqlite
      .prepare('SELECT DISTINCT body FROM person_seats WHERE person_rid = ? ORDER BY body DESC')
      .pluck()
      .all(rid) as string[]
    out.set(rid, { categories, seats })
  }
  return out
}

function listed(rids: number[]) {
  return loadListRows(sqlite, rids, localToday()).map((r) => ({
    categories: r.categories,
    seats: r.seats,
  }))
}

const ridOf = (id: string) =>
  sqlite.prepare('SELECT rid FROM persons WHERE id = ?').pluck().get(id) as number

beforeAll(async () => {
  t = await makeTestCore()
  sqlite = t.core.database.sqlite
  await t.ok('persons.loadDemo', { scale: 'county', seed: 11 })
})
afterAll(() => t?.cleanup())

describe('list rows: categories and seats', () => {
  it('come from the list index when it is current, exactly as the tables say', async () => {
    await t.ok('persons.list', { pageSize: 1 })
    expect(currentPersonListIndex(sqlite)).not.toBeNull()
    const want = fromTables()
    const rids = [...want.keys()]
    // The demo has persons with several categories and with seats of both bodies.
    expect([...want.values()].some((w) => w.categories.length > 1)).toBe(true)
    expect([...want.values()].some((w) => w.seats.length === 2)).toBe(true)
    expect(listed(rids)).toEqual(rids.map((rid) => want.get(rid)))
  })

  it('come from the tables when a write is not in the index yet, and inside a transaction', async () => {
    await t.ok('persons.list', { pageSize: 1 })
    const { person: p } = await t.ok(
      'persons.create',
      person({ name: '新分类', idNumber: validId('1988-08-08', '321') }),
    )
    const rid = ridOf(p.id)
    // Not in the index at all: no list call since the create.
    expect(currentPersonListIndex(sqlite)).toBeNull()
    expect(listed([rid])).toEqual([{ categories: [], seats: [] }])
    await t.ok('persons.list', { pageSize: 1 })
    await t.ok('persons.update', {
      id: p.id,
      categories: [
        { code: '41', detail: null },
        { code: '12', detail: null },
      ],
      seats: [{ body: 'cppcc' }, { body: 'npc' }, { body: 'npc' }],
    })
    // The index still says "no categories" for this person; the row must not.
    expect(listed([rid])).toEqual([{ categories: ['12', '41'], seats: ['npc', 'cppcc'] }])
    await t.ok('persons.list', { pageSize: 1 })
    expect(currentPersonListIndex(sqlite)).not.toBeNull()
    expect(listed([rid])).toEqual([{ categories: ['12', '41'], seats: ['npc', 'cppcc'] }])

    // A write of this connection not yet committed is read too (and then rolled back).
    const seen = sqlite.transaction(() => {
      sqlite.prepare('DELETE FROM person_categories WHERE person_rid = ?').run(rid)
      sqlite
        .prepare(
          "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('persons', ?, 'update', '1900000000000-00000', 's')",
        )
        .run(p.id)
      const rows = listed([rid])
      throw Object.assign(new Error('roll back'), { rows })
    })
    let rows: unknown
    try {
      seen()
    } catch (e) {
      rows = (e as { rows: unknown }).rows
    }
    expect(rows).toEqual([{ categories: [], seats: ['npc', 'cppcc'] }])
    expect(listed([rid])).toEqual([{ categories: ['12', '41'], seats: ['npc', 'cppcc'] }])
  })

  it('come from the tables for a person holding a code the index cannot spell', async () => {
    const { person: p } = await t.ok(
      'persons.create',
      person({
        name: '旧代码',
        idNumber: validId('1977-07-07', '654'),
        categories: [{ code: '21', detail: null }],
      }),
    )
    const rid = ridOf(p.id)
    // As an older version or another unit's package may have left it: no validation on this path.
    sqlite
      .prepare("INSERT INTO person_categories (person_rid, code, detail) VALUES (?, '99', NULL)")
      .run(rid)
    personListIndex(sqlite).build(sqlite)
    expect(currentPersonListIndex(sqlite)).not.toBeNull()
    const other = [...fromTables().keys()].find((r) => r !== rid)!
    expect(listed([other, rid]).at(-1)).toEqual({ categories: ['21', '99'], seats: [] })
    expect(listed([other, rid])[0]).toEqual(fromTables().get(other))
  })

  it('are the same through persons.search as through the tables', async () => {
    await t.ok('persons.list', { pageSize: 1 })
    const want = fromTables()
    const hits = await t.ok('persons.search', { query: '张', limit: 50 })
    expect(hits.length).toBeGreaterThan(0)
    for (const h of hits) {
      const w = want.get(ridOf(h.id))!
      expect({ categories: h.categories, seats: h.seats }).toEqual(w)
    }
  })
})
