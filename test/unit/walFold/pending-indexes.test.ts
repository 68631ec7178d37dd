import type BetterSqlite3 from 'better-sqlite3'
import { sql, type Kysely } from 'kysely'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../db/migrations'
import { openDatabase } from '../../../db/open'
import { buildNextPendingIndex, hasPendingIndexes } from '../../../db/pendingIndexes'
import { SessionSlot } from '../../../electron/core/session'
import { bulkWriteMode } from '../../../electron/services/import/bulkWriteMode'
import { ADMIN, startTestCore, TEST_DATABASE_KEY, type TestCore } from '../../helpers/testCore'
import { importFile, sampleBytes, signedInCore } from '../import-fixtures'

const cores: TestCore[] = []
const dirs: string[] = []
afterEach(() => {
  for (const t of cores.splice(0)) t.cleanup()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const TOWNSHIP = 'sample-township.xlsx'
const PERSONS_INDEXES = [
  'persons_id_number',
  'persons_live_id_rev',
  'persons_live_initials',
  'persons_live_name',
  'persons_live_phone_rev',
  'persons_live_py',
]

function personsIndexes(sqlite: BetterSqlite3.Database): string[] {
  return sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'persons' AND sql IS NOT NULL ORDER BY name",
    )
    .pluck()
    .all() as string[]
}

const pendingNames = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare('SELECT name FROM pending_indexes ORDER BY name').pluck().all() as string[]

/** How SQLite would find a person by ID number: by the index, not by reading every row. */
const idNumberPlan = (sqlite: BetterSqlite3.Database) =>
  (
    sqlite
      .prepare('EXPLAIN QUERY PLAN SELECT id FROM persons WHERE id_number = ?')
      .all('330621199001011234') as { detail: string }[]
  )
    .map((r) => r.detail)
    .join('; ')

/** `worker: false`: the fold's worker never runs (closing stops any fold and starts none). */
async function importedIntoEmptyRegister(opts: { worker: boolean }): Promise<TestCore> {
  const t = await signedInCore()
  cores.push(t)
  if (!opts.worker) t.core.walFolds.close()
  const result = await importFile(t, TOWNSHIP, sampleBytes(TOWNSHIP))
  expect(result.counts.created).toBe(40)
  return t
}

describe('the persons indexes of an import into an empty register', () => {
  it('are built after the COMMIT, beside the app, and the import reads the same meanwhile', async () => {
    const t = await importedIntoEmptyRegister({ worker: true })
    const sqlite = t.core.database.sqlite
    // The call has answered; its worker has not necessarily run yet. Whatever it has left
    // is named in pending_indexes, and the two lists together are every index.
    const missing = PERSONS_INDEXES.filter((n) => !personsIndexes(sqlite).includes(n))
    expect(pendingNames(sqlite)).toEqual(missing)
    // Search is correct at once: it reads the search tables, written in the transaction.
    const found = await t.ok('persons.search', { query: '陆琪子', limit: 10 })
    expect(found.map((r) => r.name)).toContain('陆琪子')

    await t.core.walFolds.idle()
    expect(personsIndexes(sqlite)).toEqual(expect.arrayContaining(PERSONS_INDEXES))
    expect(pendingNames(sqlite)).toEqual([])
    expect(idNumberPlan(sqlite)).toMatch(/USING INDEX persons_id_number/)
  })

  it('are built by the next start when the app stopped before its worker was done', async () => {
    const t = await importedIntoEmptyRegister({ worker: false })
    expect(pendingNames(t.core.database.sqlite)).toEqual(PERSONS_INDEXES)
    t.core.close()

    const again = await startTestCore(t.dir)
    try {
      // An encrypted register opens at the first sign-in.
      const login = { username: ADMIN.username, password: ADMIN.password }
      expect((await again.call(new SessionSlot(), 'auth.login', login)).ok).toBe(true)
      await again.walFolds.idle()
      expect(personsIndexes(again.database.sqlite)).toEqual(expect.arrayContaining(PERSONS_INDEXES))
      expect(pendingNames(again.database.sqlite)).toEqual([])
    } finally {
      again.close()
    }
  })

  it('are built first by a bulk write that keeps its indexes (it looks rows up by them)', async () => {
    const t = await importedIntoEmptyRegister({ worker: false })
    const sqlite = t.core.database.sqlite
    sqlite.transaction(() => {
      const mode = bulkWriteMode(sqlite, { deferIndexes: false, cacheKib: 4096, walFolds: null })
      expect(idNumberPlan(sqlite)).toMatch(/USING INDEX persons_id_number/)
      mode.finish()
      mode.restoreCache()
    })()
    expect(hasPendingIndexes(sqlite)).toBe(false)
    expect(personsIndexes(sqlite)).toEqual(expect.arrayContaining(PERSONS_INDEXES))
  })

  it('come back with the rest when the import rolls back', async () => {
    const t = await signedInCore()
    cores.push(t)
    const sqlite = t.core.database.sqlite
    const before = personsIndexes(sqlite)
    expect(() =>
      sqlite.transaction(() => {
        const mode = bulkWriteMode(sqlite, {
          deferIndexes: true,
          cacheKib: 4096,
          walFolds: t.core.walFolds,
        })
        mode.finish()
        expect(pendingNames(sqlite)).toEqual(PERSONS_INDEXES)
        throw new Error('the import failed')
      })(),
    ).toThrow('the import failed')
    t.core.walFolds.release()
    await t.core.walFolds.idle()
    expect(personsIndexes(sqlite)).toEqual(before)
    expect(hasPendingIndexes(sqlite)).toBe(false)
  })

  it('may be reached by two connections: the second finds it built and only strikes it off', async () => {
    const t = await signedInCore()
    cores.push(t)
    const sqlite = t.core.database.sqlite
    sqlite
      .prepare(
        "INSERT INTO pending_indexes (name, sql) SELECT name, sql FROM sqlite_master WHERE name = 'persons_live_py'",
      )
      .run()
    expect(sqlite.transaction(() => buildNextPendingIndex(sqlite))()).toBe(true)
    expect(hasPendingIndexes(sqlite)).toBe(false)
    expect(personsIndexes(sqlite)).toEqual(expect.arrayContaining(PERSONS_INDEXES))
  })
})

describe('an update that migrates', () => {
  it('builds what a bulk write left pending before any migration runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinlian-pending-indexes-'))
    dirs.push(dir)
    const file = join(dir, 'xinlian.db')
    const first = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    first.sqlite.transaction(() => {
      const ddl = first.sqlite
        .prepare("SELECT sql FROM sqlite_master WHERE name = 'persons_live_py'")
        .pluck()
        .get() as string
      first.sqlite.exec('DROP INDEX persons_live_py')
      first.sqlite
        .prepare("INSERT INTO pending_indexes (name, sql) VALUES ('persons_live_py', ?)")
        .run(ddl)
    })()
    first.close()
    // A later migration written against the full schema: it fails on a missing index.
    const later = {
      ...migrations,
      '9999_needs_the_index': {
        up: async (db: Kysely<unknown>) => {
          await sql`DROP INDEX persons_live_py`.execute(db)
          await sql`CREATE INDEX persons_live_py ON persons (name_py) WHERE deleted_at IS NULL`.execute(
            db,
          )
        },
      },
    }
    const o = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY, migrationSet: later })
    try {
      expect(o.migrated).toEqual(['9999_needs_the_index'])
      expect(hasPendingIndexes(o.sqlite)).toBe(false)
    } finally {
      o.close()
    }
  })
})

// A person created by hand after the import: the app's writes go on while the indexes wait.
describe('a save while the indexes are pending', () => {
  it('is written and found', async () => {
    const t = await importedIntoEmptyRegister({ worker: false })
    await t.ok('persons.create', { name: '曾小贤' })
    expect(idNumberPlan(t.core.database.sqlite)).not.toMatch(/persons_id_number/)
    const found = await t.ok('persons.search', { query: '曾小贤', limit: 10 })
    expect(found.map((r) => r.name)).toEqual(['曾小贤'])
  })
})
