import type BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { personBulkWriter } from '../../db/repos/personsBulk'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import type { PersonFields } from '../../shared/persons/types'
import type { TestCore } from '../helpers/testCore'
import { signedInCore } from './import-fixtures'

const TABLES = ['person_fts_tri', 'person_fts_chars']

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const segments = (sqlite: BetterSqlite3.Database) =>
  TABLES.map(
    (table) =>
      sqlite.prepare(`SELECT count(DISTINCT segid) FROM ${table}_idx`).pluck().get() as number,
  )

const setting = (sqlite: BetterSqlite3.Database, key: string) =>
  TABLES.map(
    (table) => sqlite.prepare(`SELECT v FROM ${table}_config WHERE k = ?`).pluck().get(key) ?? null,
  )

/**
 * FTS5 flushes its pending terms to a new segment at each `hashsize` bytes: a few hundred
 * bytes make a few hundred persons the many segments a province's fill makes at ~1 MB.
 */
function flushOften(sqlite: BetterSqlite3.Database): void {
  for (const table of TABLES) {
    sqlite.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', 512)`).run()
  }
}

/** Persons written as an import writes them: rows first, search rows and change_log after. */
function importBulk(core: TestCore, people: PersonFields[], prefix: string) {
  const sqlite = core.core.database.sqlite
  const bulk = personBulkWriter(sqlite)
  sqlite.transaction(() => {
    const before = bulk.lastRid()
    people.forEach((fields, i) =>
      bulk.insert(
        { id: `${prefix}-${i}`, siteId: 'site', stamp: core.core.clock.hlc(), fields },
        { deferred: true },
      ),
    )
    bulk.finishInserts(before)
  })()
}

const people = (seed: number, count: number) => [
  ...generatePersons({ seed, count, unitCode: '330621' }),
]

describe('the search index after a bulk write', () => {
  it('is one segment a table after an import into an empty register, automerge as it was, every person found', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    flushOften(sqlite)
    const automergeBefore = setting(sqlite, 'automerge')
    const roster = people(5, 300)
    importBulk(t, roster, 'p')

    expect(segments(sqlite)).toEqual([1, 1])
    // Left as FTS5's default, or as it was set: the setting outlives the import.
    expect(setting(sqlite, 'automerge').map((v) => v ?? 4)).toEqual(
      automergeBefore.map((v) => v ?? 4),
    )
    const byName = new Map<string, string[]>()
    roster.forEach((p, i) => byName.set(p.name, [...(byName.get(p.name) ?? []), `p-${i}`]))
    for (const [name, ids] of byName) {
      const found = (await t.ok('persons.search', { query: name })).map((p) => p.id)
      expect(found, name).toEqual(expect.arrayContaining(ids))
    }
    // A given name's last character through the single-character index.
    const given = [...roster[0]!.name].at(-1)!
    const withIt = roster.flatMap((p, i) =>
      [...p.name].slice(1).includes(given) ? [`p-${i}`] : [],
    )
    const found = (await t.ok('persons.search', { query: given })).map((p) => p.id)
    expect(found).toEqual(expect.arrayContaining(withIt))
  })

  it('is not rewritten by a small import into a register holding more persons', async () => {
    t = await signedInCore()
    const sqlite = t.core.database.sqlite
    flushOften(sqlite)
    // A register whose index is in many segments (as one written person by person is).
    const bulk = personBulkWriter(sqlite)
    sqlite.transaction(() =>
      people(6, 300).forEach((fields, i) =>
        bulk.insert({ id: `old-${i}`, siteId: 'site', stamp: t!.core.clock.hlc(), fields }),
      ),
    )()
    const before = segments(sqlite)
    expect(Math.min(...before)).toBeGreaterThan(1)

    const small = people(7, 20)
    importBulk(t, small, 'new')

    // The existing segments stay: the fill's own were added (and automerged), none rewritten.
    const after = segments(sqlite)
    after.forEach((n, i) => expect(n, TABLES[i]).toBeGreaterThan(1))
    for (const [i, p] of small.entries()) {
      const found = (await t.ok('persons.search', { query: p.name })).map((f) => f.id)
      expect(found, p.name).toContain(`new-${i}`)
    }
  })
})
