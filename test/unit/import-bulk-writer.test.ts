import { afterEach, describe, expect, it } from 'vitest'
import { BULK_ROW_COLUMNS, bulkRowBuilder, personBulkWriter } from '../../db/repos/personsBulk'
import { scalarsToRow } from '../../db/repos/personRows'
import { insertPerson } from '../../db/repos/persons'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import { changedPersonIds } from '../../electron/services/persons/changedPersons'
import type { PersonFields } from '../../shared/persons/types'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const sample = (): PersonFields[] => [
  ...generatePersons({ seed: 3, count: 50, unitCode: '330621' }),
]

describe('the import write path', () => {
  it('builds exactly the rows the persons repo builds', () => {
    const build = bulkRowBuilder()
    for (const p of sample()) {
      const row = scalarsToRow(p) as unknown as Record<string, unknown>
      expect(build(p)).toEqual(BULK_ROW_COLUMNS.map((c) => row[c] ?? null))
    }
  })

  it('stores a person as insertPerson does: same row, children, change_log, and search finds it', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    const [a, b] = sample().filter((p) => p.seats.length > 0 || p.categories.length > 0)
    const person = { ...a!, name: '欧阳䶮', formerNames: '𠀀', tags: ['骨干'] }
    const [s1, s2, s3] = [t.core.clock.hlc(), t.core.clock.hlc(), t.core.clock.hlc()]
    await insertPerson(t.core.database.db, {
      id: 'repo-1',
      siteId: 'site',
      stamp: s1,
      fields: person,
    })
    const bulk = personBulkWriter(sqlite)
    sqlite.transaction(() =>
      bulk.insert({ id: 'bulk-1', siteId: 'site', stamp: s1, fields: person }),
    )()

    const row = (id: string) => {
      const {
        rid,
        id: _id,
        ...rest
      } = sqlite.prepare('SELECT * FROM persons WHERE id = ?').get(id) as Record<string, unknown>
      return { rid: rid as number, rest }
    }
    const repo = row('repo-1')
    const mine = row('bulk-1')
    expect(mine.rest).toEqual(repo.rest)
    expect(bulk.read(mine.rid)!.fields).toEqual(bulk.read(repo.rid)!.fields)
    const changes = sqlite
      .prepare(
        "SELECT row_id, op, hlc, site_id FROM change_log WHERE table_name = 'persons' ORDER BY seq",
      )
      .all()
    expect(changes).toEqual([
      { row_id: 'repo-1', op: 'insert', hlc: s1, site_id: 'site' },
      { row_id: 'bulk-1', op: 'insert', hlc: s1, site_id: 'site' },
    ])
    const found = await t.ok('persons.search', { query: '䶮' })
    expect(found.map((p) => p.id).sort()).toEqual(['bulk-1', 'repo-1'])

    // Update and purge leave what updatePerson and purgePerson leave.
    sqlite.transaction(() => bulk.update({ rid: mine.rid, id: 'bulk-1', siteId: 'site' }, b!, s2))()
    expect(bulk.read(mine.rid)!.fields).toEqual(b)
    expect((await t.ok('persons.search', { query: '䶮' })).map((p) => p.id)).toEqual(['repo-1'])
    sqlite.transaction(() => bulk.purge({ rid: mine.rid, id: 'bulk-1', siteId: 'site' }, s3))()
    expect(bulk.read(mine.rid)).toBeNull()
    const tomb = sqlite
      .prepare('SELECT name, id_number, purged_at, deleted_at FROM persons WHERE id = ?')
      .get('bulk-1')
    expect(tomb).toEqual({ name: '', id_number: null, purged_at: s3, deleted_at: s3 })
    expect(
      sqlite
        .prepare('SELECT count(*) FROM person_categories WHERE person_rid = ?')
        .pluck()
        .get(mine.rid),
    ).toBe(0)
  })

  it('fills search rows of deferred inserts as immediate ones would, and one change_log entry a run of rids that names each person', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    const people = sample().slice(0, 20)
    people[0] = { ...people[0]!, name: '单䶮', formerNames: '𠀀', employer: '曾氏科技有限公司' }
    const bulk = personBulkWriter(sqlite)
    const before = bulk.lastRid()
    const stamps: string[] = []
    sqlite.transaction(() => {
      people.forEach((fields, i) => {
        stamps.push(t!.core.clock.hlc())
        bulk.insert({ id: `d-${i}`, siteId: 'site', stamp: stamps[i]!, fields }, { deferred: true })
      })
      // Runs of 7 rids: the 20 persons in three runs, the last a short one.
      bulk.finishInserts(before, 7)
    })()
    // One entry a run: its first person, its last stamp, the rids it spans.
    expect(
      sqlite
        .prepare(
          `SELECT c.row_id, c.op, c.hlc, r.run_first, r.run_last FROM change_log c
           JOIN change_log_runs r ON r.seq = c.seq WHERE c.table_name = 'persons' ORDER BY c.seq`,
        )
        .all(),
    ).toEqual(
      [0, 7, 14].map((first) => {
        const last = Math.min(first + 6, people.length - 1)
        return {
          row_id: `d-${first}`,
          op: 'insert',
          hlc: stamps[last],
          run_first: before + first + 1,
          run_last: before + last + 1,
        }
      }),
    )
    expect(changedPersonIds(sqlite, 0, 100)!.sort()).toEqual(people.map((_, i) => `d-${i}`).sort())
    expect(changedPersonIds(sqlite, 0, 19)).toBeNull()
    for (const query of ['䶮', '单䶮', '𠀀', '曾氏科技', 'shanyan']) {
      const found = await t.ok('persons.search', { query })
      expect(
        found.map((p) => p.id),
        query,
      ).toContain('d-0')
    }
    for (const [i, p] of people.entries()) {
      const found = await t.ok('persons.search', { query: p.name })
      expect(
        found.map((f) => f.id),
        p.name,
      ).toContain(`d-${i}`)
    }
  })
})
