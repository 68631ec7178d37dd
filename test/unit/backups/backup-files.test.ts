import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { backupDatabase } from '../../../electron/services/backup/backup'
import { makeBackup } from '../../../electron/services/backup/backupStore'
import { backupsToKeep } from '../../../electron/services/backup/rotation'
import { makeTestCore, type TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

async function core(): Promise<TestCore> {
  const t = await makeTestCore()
  cleanups.push(() => t.cleanup())
  return t
}

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

describe('rotation', () => {
  // Local wall-clock dates: the test means the same under every TZ it runs in.
  const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).toISOString()

  it('keeps the newest of each of the last 7 days, 4 weeks and 12 months', () => {
    const backups: { name: string; createdAt: string }[] = []
    // Two a day (start and quit) for 400 days back from 2026-12-06.
    for (let i = 0; i < 400; i++) {
      const day = new Date(2026, 11, 6 - i)
      for (const h of [8, 18])
        backups.push({
          name: `${day.getFullYear()}-${day.getMonth() + 1}-${day.getDate()}-${h}`,
          createdAt: at(day.getFullYear(), day.getMonth() + 1, day.getDate(), h),
        })
    }
    const keep = backupsToKeep(backups, { daily: 7, weekly: 4, monthly: 12 })
    const days = [
      '2026-12-6',
      '2026-12-5',
      '2026-12-4',
      '2026-12-3',
      '2026-12-2',
      '2026-12-1',
      '2026-11-30',
    ]
    for (const d of days) expect(keep.has(`${d}-18`), d).toBe(true)
    expect(keep.has('2026-12-6-8')).toBe(false)
    // Weeks start on Monday: Sunday 6 Dec is the newest of its week (Mon 30 Nov – Sun 6 Dec);
    // the weeks before end on Sundays 29 Nov, 22 Nov, 15 Nov.
    for (const d of ['2026-11-29', '2026-11-22', '2026-11-15'])
      expect(keep.has(`${d}-18`), d).toBe(true)
    // Months: the last day of each month before, back to January 2026.
    for (const d of ['2026-10-31', '2026-9-30', '2026-2-28', '2026-1-31'])
      expect(keep.has(`${d}-18`), d).toBe(true)
    expect(keep.has('2025-12-31-18')).toBe(false)
    // December and November are already kept as days: ten more months, October–January.
    expect(keep.size).toBe(7 + 3 + 10)
  })

  it('keeps only a day’s newest even with one backup a minute', () => {
    const backups = Array.from({ length: 30 }, (_, i) => ({
      name: `b${i}`,
      createdAt: new Date(2026, 5, 1, 23, 30 + i).toISOString(),
    }))
    // 23:30–23:59 on 1 June, local time, is one day in any TZ.
    expect([...backupsToKeep(backups, { daily: 7, weekly: 4, monthly: 12 })]).toEqual(['b29'])
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
