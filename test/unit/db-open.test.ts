import BetterSqlite3 from 'better-sqlite3'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError } from '../../db/errors'
import { migrations } from '../../db/migrations'
import { openDatabase } from '../../db/open'
import { openSqlite } from '../../db/atRest/cipher'
import { openXlbakDatabase } from '../helpers/xlbakCopy'
import { TEST_DATABASE_KEY } from '../helpers/testCore'

const dirs: string[] = []
function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-db-'))
  dirs.push(dir)
  return join(dir, 'xinlian.db')
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('openDatabase', () => {
  it('has FTS5 compiled in', () => {
    const db = new BetterSqlite3(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    db.prepare('INSERT INTO t VALUES (?)').run('新联台账')
    expect(db.prepare("SELECT count(*) AS n FROM t WHERE t MATCH '联台账'").get()).toEqual({ n: 1 })
    db.close()
  })

  it('applies the pragmas a power cut needs', async () => {
    const o = await openDatabase(tempDb(), { mounts: [], key: TEST_DATABASE_KEY })
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(o.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(Number(o.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0)
    expect(o.migrated).toEqual(Object.keys(migrations))
    o.close()
  })

  it('refuses a database on a network share and leaves no file', async () => {
    const file = '/mnt/share/xinlian.db'
    await expect(
      openDatabase(file, {
        mounts: [{ mountPoint: '/mnt/share', fsType: 'cifs' }],
        key: TEST_DATABASE_KEY,
      }),
    ).rejects.toMatchObject({
      reason: 'network-share',
      message: expect.stringContaining('网络共享'),
    })
    expect(existsSync(file)).toBe(false)
  })

  it('refuses a database written by a newer version, untouched', async () => {
    const file = tempDb()
    const first = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    first.sqlite
      .prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', 'x')")
      .run()
    first.close()
    const err = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(DatabaseOpenError)
    expect((err as DatabaseOpenError).reason).toBe('newer-version')
    expect((err as Error).message).toContain('更新版本')
    const raw = openSqlite(file, TEST_DATABASE_KEY)
    expect(
      raw.prepare("SELECT count(*) AS n FROM kysely_migration WHERE name = '9999_future'").get(),
    ).toEqual({ n: 1 })
    raw.close()
  })

  it('rolls a failing migration back entirely and backs up first; the old version still opens', async () => {
    const file = tempDb()
    ;(await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })).close()
    const broken = {
      ...migrations,
      '0999_broken': {
        up: async (db: Kysely<unknown>) => {
          await sql`CREATE TABLE half_done (x TEXT)`.execute(db)
          await sql`INSERT INTO no_such_table VALUES (1)`.execute(db)
        },
      },
    }
    const err = await openDatabase(file, {
      mounts: [],
      key: TEST_DATABASE_KEY,
      migrationSet: broken,
    }).catch((e: unknown) => e)
    expect((err as DatabaseOpenError).reason).toBe('migration-failed')
    expect((err as Error).message).toContain('0999_broken')
    const raw = openSqlite(file, TEST_DATABASE_KEY)
    expect(
      raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get(),
    ).toBeUndefined()
    raw.close()
    const backups = readdirSync(join(file, '..', 'backups'))
    const pre = backups.find((n) => n.endsWith('-beforeMigration.xlbak'))
    expect(pre).toBeDefined()
    // The copy is a whole database of the version before, not a fragment needing its WAL.
    const copy = openXlbakDatabase(join(file, '..', 'backups', pre!), TEST_DATABASE_KEY)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT count(*) FROM kysely_migration').pluck().get()).toBe(
      Object.keys(migrations).length,
    )
    copy.close()
    const again = await openDatabase(file, { mounts: [], key: TEST_DATABASE_KEY })
    expect(again.migrated).toEqual([])
    again.close()
  })

  it('refuses a file that is not a database', async () => {
    const file = tempDb()
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, 'this is a spreadsheet, not a database'.repeat(200))
    // key null: the data directory's state (core/dataDirState.ts) sends a file without the
    // plain header to the keyed open, so only the plain open can call it "not a database".
    await expect(openDatabase(file, { mounts: [], key: null })).rejects.toMatchObject({
      reason: 'not-a-database',
    })
  })
})
