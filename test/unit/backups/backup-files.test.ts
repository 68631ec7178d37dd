import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDatabase } from '../../../electron/services/backup/backup'
import { makeBackup } from '../../../electron/services/backup/backupStore'
import { createCore } from '../../../electron/core/core'
import { SessionSlot } from '../../../electron/core/session'
import { ADMIN, TEST_SCRYPT, type TestCore } from '../../helpers/testCore'
import { testCores } from './testCores'
import { person, validId } from '../persons-fixtures'

const { cleanups, core } = testCores()

const manual = { kind: 'manual' as const, appVersion: '0.0.0-test', nowMs: Date.now() }
const persons = (t: TestCore) =>
  t.core.database.sqlite.prepare('SELECT count(*) FROM persons').pluck().get() as number

/** A 256 KB tmpfs: a real full disk. Needs root and mount rights; null (and why) otherwise. */
function smallDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-full-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' })
  } catch (e) {
    rmSync(dir, { recursive: true, force: true })
    console.log(`skipping the tmpfs case: cannot mount a small tmpfs here (${String(e)})`)
    return null
  }
  cleanups.push(() => {
    execFileSync('umount', [dir])
    rmSync(dir, { recursive: true, force: true })
  })
  return dir
}

describe('a full disk', () => {
  it('is refused before anything is written when the free space is too small', async () => {
    const t = await core()
    const dir = join(t.dir, 'stick')
    mkdirSync(dir)
    await expect(
      backupDatabase(t.core.database.sqlite, t.core.keys!.key, join(dir, 'b.xlbak'), {
        ...manual,
        freeSpace: () => 4096,
      }),
    ).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('磁盘空间不足') })
    expect(readdirSync(dir)).toEqual([])
  })

  it('filling up during the copy leaves no file and the database as it was', async (ctx) => {
    const t = await core()
    for (let i = 0; i < 40; i++)
      await t.ok(
        'persons.create',
        person({ name: `人员${i}`, idNumber: validId('1970-01-01', String(100 + i)) }),
      )
    const disk = smallDisk()
    if (!disk) return ctx.skip()
    const before = persons(t)
    const out = join(disk, 'backup.xlbak')
    await expect(
      backupDatabase(t.core.database.sqlite, t.core.keys!.key, out, {
        ...manual,
        // The check passes (as it would with another writer filling the disk meanwhile).
        freeSpace: () => Number.MAX_SAFE_INTEGER,
      }),
    ).rejects.toMatchObject({ code: 'IO_ERROR', message: expect.stringContaining('磁盘已满') })
    expect(readdirSync(disk)).toEqual([])
    expect(persons(t)).toBe(before)
    expect(t.core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    // The app goes on writing.
    await t.ok('persons.create', person({ name: '之后', idNumber: validId('1971-01-01') }))
  })
})

describe('backups.updateSettings and the second place', () => {
  it('copies every backup to the second place, lists both, and survives a missing stick', async () => {
    const t = await core()
    const stick = join(t.dir, 'stick')
    mkdirSync(stick)
    const saved = await t.ok('backups.updateSettings', {
      daily: 3,
      weekly: 2,
      monthly: 6,
      secondDir: stick,
    })
    expect(saved).toEqual({ daily: 3, weekly: 2, monthly: 6, secondDir: stick })
    expect(await t.ok('backups.settings', {})).toEqual(saved)
    const audit = t.core.database.sqlite
      .prepare("SELECT result, detail FROM audit_log WHERE action = 'backups.updateSettings'")
      .all()
    expect(audit).toEqual([{ result: 'ok', detail: expect.stringContaining('每日 3') }])

    await t.ok('backup.create', {})
    const listed = await t.ok('backups.list', {})
    expect(listed.map((e) => e.location).sort()).toEqual(['local', 'second'])
    expect(listed[0]!.manifest?.counts.users).toBe(1)

    rmSync(stick, { recursive: true })
    const made = await makeBackup({
      sqlite: t.core.database.sqlite,
      key: t.core.keys!.key,
      backupsDir: t.core.files.backupsDir,
      appVersion: '0.0.0-test',
      nowMs: Date.now() + 1000,
      kind: 'daily',
    })
    expect(made.secondCopyProblem).toContain('第二备份位置')
    expect(readdirSync(t.core.files.backupsDir).filter((n) => n.endsWith('.xlbak'))).toHaveLength(2)
  })
})

describe('daily and on-quit backups', () => {
  it('backs up at the first sign-in of the day and on quit, in the app’s shells only', async () => {
    const t = await core()
    const backups = () =>
      existsSync(t.core.files.backupsDir)
        ? readdirSync(t.core.files.backupsDir).filter((n) => n.endsWith('.xlbak'))
        : []
    // The test shell, like the CLI, keeps none.
    expect(backups()).toEqual([])
    t.core.close()
    const start = async () => {
      const app = await createCore(
        { dataDir: t.dir, appVersion: '0.0.0-test', shell: 'web', scrypt: TEST_SCRYPT },
        { mounts: [] },
      )
      cleanups.unshift(() => app.close())
      const r = await app.call(new SessionSlot(), 'auth.login', {
        username: ADMIN.username,
        password: ADMIN.password,
      })
      expect(r.ok).toBe(true)
      // The daily backup runs after the sign-in has answered.
      await app.backupRuns.idle()
      return app
    }
    const first = await start()
    expect(backups().filter((n) => n.endsWith('-daily.xlbak'))).toHaveLength(1)
    await first.backupOnQuit()
    first.close()
    // The rotation keeps a day's newest: the quit backup replaces the morning's.
    expect(backups().map((n) => n.replace(/.*-/, ''))).toEqual(['quit.xlbak'])
    // A second start the same day: the day has its backup already.
    await start()
    expect(backups().map((n) => n.replace(/.*-/, ''))).toEqual(['quit.xlbak'])
  })
})

describe('a database under a megabyte, backed up on the caller’s thread', () => {
  it('is made whole and readable, and a cancel that came first leaves nothing', async () => {
    const t = await core()
    const dir = join(t.dir, 'out')
    mkdirSync(dir)
    const sqlite = t.core.database.sqlite
    expect((sqlite.pragma('page_count', { simple: true }) as number) * 4096).toBeLessThan(1 << 20)
    const stopped = new AbortController()
    stopped.abort()
    await expect(
      backupDatabase(sqlite, t.core.keys!.key, join(dir, 'a.xlbak'), {
        ...manual,
        signal: stopped.signal,
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(readdirSync(dir)).toEqual([])

    const made = await backupDatabase(sqlite, t.core.keys!.key, join(dir, 'b.xlbak'), manual)
    expect(readdirSync(dir)).toEqual(['b.xlbak'])
    expect(made.manifest.counts.users).toBe(1)
  })
})
