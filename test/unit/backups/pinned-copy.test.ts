import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { flipFileByte } from '../../helpers/flipFileByte'
import { openSqlite } from '../../../db/atRest/cipher'
import { DATABASE_FILE } from '../../../db/open'
import { backupDatabase } from '../../../electron/services/backup/backup'
import { backupBeforeMigrating } from '../../../electron/services/backup/backupBeforeMigrating'
import { openBackup } from '../../../electron/services/backup/openBackup'
import { copyPinned, pinDatabaseFile } from '../../../electron/services/backup/pinnedCopy'
import { openXlbakDatabase } from '../../helpers/xlbakCopy'
import type { TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'
import { testCores } from './testCores'

const { cleanups, core } = testCores()

const persons = (db: { prepare(s: string): { pluck(): { get(): unknown } } }) =>
  db.prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get()

/** A core with `n` persons, and what the tests reach for in it. */
async function withPersons(n: number) {
  const t = await core()
  await addPersons(t, n, 0)
  const { sqlite } = t.core.database
  return { t, sqlite, key: t.core.keys!.key, dbPath: join(t.dir, DATABASE_FILE) }
}

async function addPersons(t: TestCore, n: number, from: number): Promise<void> {
  for (let i = from; i < from + n; i++)
    await t.ok(
      'persons.create',
      person({ name: `快照${i}`, idNumber: validId('1980-01-01', String(100 + i)) }),
    )
}

describe('the snapshot copied from the pinned database file', () => {
  it('holds the rows of the moment it was pinned; writes during the copy go on and land after it', async () => {
    const { t, sqlite, key, dbPath } = await withPersons(3)
    const pinned = pinDatabaseFile(dbPath, key)
    expect(pinned).not.toBeNull()
    const fileWhenPinned = readFileSync(dbPath)
    // The app goes on writing while the file is held, and its own checkpoint cannot write
    // those commits into the file until the pin is let go.
    await addPersons(t, 2, 3)
    const [folded] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { checkpointed: number }[]
    expect(folded!.checkpointed).toBe(0)
    expect(readFileSync(dbPath).equals(fileWhenPinned)).toBe(true)
    expect(pinned!.bytes).toBe(fileWhenPinned.length)
    pinned!.release()
    expect(persons(sqlite)).toBe(5)
    // Released, the checkpoint folds the new rows into the file again.
    const [after] = sqlite.pragma('wal_checkpoint(PASSIVE)') as {
      log: number
      checkpointed: number
    }[]
    expect(after!.checkpointed).toBe(after!.log)
    expect(readFileSync(dbPath).equals(fileWhenPinned)).toBe(false)
  })

  it('copies the pinned file: the copy has the counts when it was pinned, the database the rows written after', async () => {
    const { t, sqlite, key } = await withPersons(3)
    const snapshot = join(t.dir, 'pinned.db')
    expect(copyPinned(join(t.dir, DATABASE_FILE), key, snapshot)).toBe(true)
    await addPersons(t, 2, 3)
    const copy = openSqlite(snapshot, key, { fileMustExist: true })
    cleanups.unshift(() => copy.close())
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
    expect(persons(copy)).toBe(3)
    expect(persons(sqlite)).toBe(5)
  })

  it('pins at once while the app holds the write lock itself, with what was committed before its transaction', async () => {
    const { t, sqlite, key, dbPath } = await withPersons(2)
    await addPersons(t, 1, 2)
    // The backup before an import or a package is made while its transaction writes: the
    // app's connection holds the write lock, uncommitted rows in its cache and the WAL.
    sqlite.exec('BEGIN IMMEDIATE')
    try {
      sqlite.exec('CREATE TABLE uncommitted (x BLOB)')
      sqlite
        .prepare(
          'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO uncommitted SELECT randomblob(4096) FROM n',
        )
        .run()
      const snapshot = join(t.dir, 'during.db')
      const started = Date.now()
      expect(copyPinned(dbPath, key, snapshot, true)).toBe(true)
      // No wait for a lock that only this same app would let go of (the busy timeout is 5 s).
      expect(Date.now() - started).toBeLessThan(4000)
      const copy = openSqlite(snapshot, key, { fileMustExist: true })
      cleanups.unshift(() => copy.close())
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
      expect(persons(copy)).toBe(3)
      expect(
        copy.prepare("SELECT 1 FROM sqlite_master WHERE name = 'uncommitted'").get(),
      ).toBeUndefined()
    } finally {
      sqlite.exec('ROLLBACK')
    }
  })

  it('falls back to VACUUM INTO when a reader keeps the WAL from folding in, and misses no commit', async () => {
    const { t, sqlite, key, dbPath } = await withPersons(2)
    // A reader whose snapshot predates the next write: the checkpoint cannot copy that write
    // into the file, so a copy of the file would miss it.
    const reader = openSqlite(dbPath, key)
    cleanups.unshift(() => reader.close())
    reader.prepare('BEGIN').run()
    expect(persons(reader)).toBe(2)
    await addPersons(t, 1, 2)
    expect(pinDatabaseFile(dbPath, key)).toBeNull()
    expect(copyPinned(dbPath, key, join(t.dir, 'never.db'))).toBe(false)
    const out = join(t.dir, 'backups', 'fallback.xlbak')
    const made = await backupDatabase(sqlite, key, out, {
      kind: 'manual',
      appVersion: '0.0.0-test',
      nowMs: Date.now(),
      target: { createFolder: true },
    })
    reader.prepare('COMMIT').run()
    expect(made.manifest.counts.persons).toBe(3)
    const copy = openXlbakDatabase(out, key)
    cleanups.unshift(() => copy.close())
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(persons(copy)).toBe(3)
  })

  it.each([
    ['in a page of a table', 1000, '已被改动或损坏'],
    // The last bytes of the page: its HMAC. The page still decrypts to what it held, so
    // only the page pass (pageHmacs.ts) sees it, not quick_check.
    ['in a page’s HMAC alone', -1, '校验码不符'],
  ])('refuses a copy with a changed byte %s: no backup is left', async (_, within, says) => {
    const { t, sqlite, key } = await withPersons(1)
    const pageSize = sqlite.pragma('page_size', { simple: true }) as number
    damageOwnTable(t, within < 0 ? pageSize + within : within)
    const folder = join(t.dir, 'backups')
    await expect(
      backupDatabase(sqlite, key, join(folder, 'damaged.xlbak'), {
        kind: 'manual',
        appVersion: '0.0.0-test',
        nowMs: Date.now(),
        target: { createFolder: true },
      }),
    ).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining(says) })
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  })

  it('checks a backup taken before a migration when it is restored: its bytes were never checked', async () => {
    const { t, sqlite, key } = await withPersons(1)
    const root = damageOwnTable(t)
    const out = join(t.dir, 'backups', 'before.xlbak')
    // Made from the file as it is, damaged byte and all, hashed and MAC'd: only a check sees it.
    const made = await backupBeforeMigrating(sqlite, key, out, {
      appVersion: '0.0.0-test',
      nowMs: Date.now(),
    })
    await made.done
    made.finishSync()
    expect(root).toBeGreaterThan(1)
    const secret = { currentKey: key, username: 'admin' }
    await expect(openBackup(out, 'before.xlbak', secret, t.dir)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('校验失败'),
    })
    expect(readdirSync(t.dir).filter((n) => n.startsWith('.restore-'))).toEqual([])
  })
})

/** A table of its own, that nothing in the app writes to again, with one byte changed behind
 * the app's back (as a failing disk would); its root page. */
function damageOwnTable(t: TestCore, within = 1000): number {
  const { sqlite } = t.core.database
  sqlite.exec('CREATE TABLE kept (x BLOB)')
  sqlite.prepare('INSERT INTO kept VALUES (randomblob(3000))').run()
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const root = sqlite
    .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'kept'")
    .pluck()
    .get() as number
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number
  flipFileByte(join(t.dir, DATABASE_FILE), (root - 1) * pageSize + within)
  return root
}
