import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqlite } from '../../../db/atRest/cipher'
import { DATABASE_FILE } from '../../../db/open'
import { backupBeforeMigrating } from '../../../electron/services/backup/backupBeforeMigrating'
import { checkXlbakBody } from '../../../electron/services/backup/xlbakFile'
import { openXlbakDatabase } from '../../helpers/xlbakCopy'
import { makeTestCore, type TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

async function withPersons(n: number): Promise<TestCore> {
  const t = await makeTestCore()
  cleanups.push(() => t.cleanup())
  for (let i = 0; i < n; i++)
    await t.ok(
      'persons.create',
      person({ name: `迁移前${i}`, idNumber: validId('1980-01-01', String(100 + i)) }),
    )
  return t
}

const options = { appVersion: '0.0.0-test', nowMs: Date.now() }

/** The backup before a migration of a test core's database, started (not waited for). */
async function startBackup(t: TestCore, name: string) {
  const { sqlite } = t.core.database
  const key = t.core.keys!.key
  const out = join(t.dir, 'backups', name)
  return { sqlite, key, out, made: await backupBeforeMigrating(sqlite, key, out, options) }
}
const persons = (db: { prepare(s: string): { pluck(): { get(): unknown } } }) =>
  db.prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL').pluck().get()

describe('the backup an open takes before it migrates', () => {
  it('carries the database file byte for byte, encrypted, described by its own counts', async () => {
    const t = await withPersons(3)
    const { key, out, made } = await startBackup(t, 'before.xlbak')
    const manifest = await made.done
    made.finishSync()
    const file = readFileSync(join(t.dir, DATABASE_FILE))
    const header = checkXlbakBody(out)
    expect(header.manifest).toMatchObject({
      kind: 'beforeMigration',
      dbBytes: file.length,
      dbSha256: createHash('sha256').update(file).digest('hex'),
      counts: { persons: 3 },
    })
    expect(header.keys).not.toBeNull()
    expect(manifest).toEqual(header.manifest)
    expect(readFileSync(out).includes(Buffer.from('迁移前1'))).toBe(false)
    const copy = openXlbakDatabase(out, key)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(persons(copy)).toBe(3)
    copy.close()
  })

  it('holds the file still while the migration writes: the backup has the state before it', async () => {
    const t = await withPersons(2)
    const { sqlite, key, out, made } = await startBackup(t, 'held.xlbak')
    // What a migration does meanwhile: writes, commits, and checkpoints that cannot write
    // into the held file.
    sqlite.exec('CREATE TABLE migrated_meanwhile (x INTEGER)')
    await t.ok('persons.create', person({ name: '迁移中', idNumber: validId('1973-01-01') }))
    sqlite.pragma('wal_checkpoint(PASSIVE)')
    expect(existsSync(out)).toBe(false)
    const manifest = await made.done
    made.finishSync()
    expect(manifest.counts.persons).toBe(2)
    const copy = openXlbakDatabase(out, key)
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
    expect(persons(copy)).toBe(2)
    expect(
      copy.prepare("SELECT 1 FROM sqlite_master WHERE name = 'migrated_meanwhile'").get(),
    ).toBe(undefined)
    copy.close()
    // Let go, the checkpoint folds the migration into the file.
    const [folded] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    expect(folded?.busy).toBe(0)
    expect(persons(sqlite)).toBe(3)
  })

  it('a close waits for the background copy, then folds the migration in', async () => {
    const t = await withPersons(1)
    const { sqlite, key, out, made } = await startBackup(t, 'closing.xlbak')
    sqlite.exec('CREATE TABLE migrated_meanwhile (x INTEGER)')
    made.finishSync()
    // Blocking: named before finishSync returned, without a turn of the event loop.
    expect(checkXlbakBody(out).manifest.counts.persons).toBe(1)
    await made.done
    t.core.close()
    const reopened = openSqlite(join(t.dir, DATABASE_FILE), key)
    expect(
      reopened.prepare("SELECT 1 FROM sqlite_master WHERE name = 'migrated_meanwhile'").get(),
    ).toEqual({ 1: 1 })
    reopened.close()
  })

  it('refuses a disk without room before writing anything; the database goes on', async () => {
    const t = await withPersons(1)
    const folder = join(t.dir, 'backups')
    await expect(
      backupBeforeMigrating(t.core.database.sqlite, t.core.keys!.key, join(folder, 'b.xlbak'), {
        ...options,
        freeSpace: () => 4096,
      }),
    ).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('磁盘空间不足') })
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
    await t.ok('persons.create', person({ name: '之后', idNumber: validId('1971-01-01') }))
    expect(persons(t.core.database.sqlite)).toBe(2)
  })

  it('takes the online backup when another reader keeps the WAL from folding in', async () => {
    const t = await withPersons(2)
    const { sqlite } = t.core.database
    const key = t.core.keys!.key
    // A reader whose snapshot predates the next write: the checkpoint cannot copy that write
    // into the file, so a copy of the file would miss it.
    const reader = openSqlite(join(t.dir, DATABASE_FILE), key)
    cleanups.unshift(() => reader.close())
    reader.prepare('BEGIN').run()
    expect(persons(reader)).toBe(2)
    await t.ok('persons.create', person({ name: '读者之后', idNumber: validId('1972-01-01') }))
    sqlite.pragma('busy_timeout = 0')
    const out = join(t.dir, 'backups', 'online.xlbak')
    await (
      await backupBeforeMigrating(sqlite, key, out, options)
    ).done
    reader.prepare('COMMIT').run()
    const copy = openXlbakDatabase(out, key)
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(persons(copy)).toBe(3)
    copy.close()
    expect(checkXlbakBody(out).manifest.counts.persons).toBe(3)
  })
})
