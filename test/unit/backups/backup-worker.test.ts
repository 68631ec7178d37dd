import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Events } from '../../../shared/contract'
import { BACKUP_STAGES, type BackupStatus } from '../../../shared/contract/backups'
import { createCore, type Core } from '../../../electron/core/core'
import { SessionSlot } from '../../../electron/core/session'
import { BACKUP_TASK } from '../../../electron/services/backup/backupRuns'
import { ADMIN, TEST_SCRYPT, type TestCore } from '../../helpers/testCore'
import { testCores } from './testCores'

const { cleanups, core } = testCores()

/** A few megabytes, so the worker has a snapshot to write that is more than a header. */
function fill(t: TestCore): void {
  const db = t.core.database.sqlite
  db.exec('CREATE TABLE IF NOT EXISTS filler (x BLOB)')
  const insert = db.prepare('INSERT INTO filler VALUES (randomblob(16384))')
  db.transaction(() => {
    for (let i = 0; i < 256; i++) insert.run()
  })()
}

function backupEvents(c: Core, each?: (p: Events['progress']) => void) {
  const seen: Events['progress'][] = []
  const off = c.events.subscribe((event, payload) => {
    if (event !== 'progress') return
    const p = payload as Events['progress']
    if (p.task !== BACKUP_TASK) return
    seen.push(p)
    each?.(p)
  })
  cleanups.push(off)
  return seen
}

const xlbaks = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((n) => !n.endsWith('.log')) : []

describe('backups in a worker thread', () => {
  it('answers other calls and runs timers while backup.create writes, with progress in order up to 100', async () => {
    const t = await core()
    fill(t)
    let answeredDuring: Promise<BackupStatus> | null = null
    let backupDone = false
    let ticks = 0
    const tick = setInterval(() => {
      if (!backupDone) ticks++
    }, 0)
    cleanups.push(() => clearInterval(tick))
    const seen = backupEvents(t.core, (p) => {
      // Another call, sent while the worker writes the snapshot: a backup on the main
      // thread holding the call queue would answer it only after finishing.
      if (p.part?.name === 'snapshot' && !answeredDuring)
        answeredDuring = t.ok('backups.status', {}).then((s) => {
          if (backupDone) throw new Error('answered only after the backup')
          return s
        })
    })
    const made = await t.ok('backup.create', {})
    backupDone = true
    expect(existsSync(made.path)).toBe(true)

    const during = await answeredDuring!
    expect(during.running).toMatchObject({ kind: 'manual', stage: 'snapshot' })
    // The event loop turned while the file work went on.
    expect(ticks).toBeGreaterThan(0)

    const stages = seen.map((p) => BACKUP_STAGES.indexOf(p.part!.name as never))
    expect(stages.every((s) => s >= 0)).toBe(true)
    expect(stages).toEqual([...stages].sort((a, b) => a - b))
    expect(new Set(stages)).toEqual(new Set(BACKUP_STAGES.map((_, i) => i)))
    const percents = seen.map((p) => p.done)
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(seen.at(-1)).toMatchObject({ done: 100, total: 100 })
    expect(seen.filter((p) => p.done === 100)).toHaveLength(1)
    expect(await t.ok('backups.status', {})).toEqual({ running: null, lastFailure: null })
    const audit = t.core.database.sqlite
      .prepare("SELECT result, detail FROM audit_log WHERE action = 'backup.create'")
      .all()
    expect(audit).toEqual([{ result: 'ok', detail: made.path }])
  })

  it('stops at 取消 with nothing left behind, and says so in the audit log', async () => {
    const t = await core()
    fill(t)
    const jobId = 'backup-job-0001'
    let cancel: Promise<unknown> | null = null
    backupEvents(t.core, (p) => {
      if (p.part?.name === 'snapshot') cancel ??= t.ok('work.cancel', { jobId })
    })
    await expect(t.ok('backup.create', { jobId })).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(await cancel).toBe(true)
    expect(xlbaks(t.core.files.backupsDir)).toEqual([])
    const audit = t.core.database.sqlite
      .prepare("SELECT result FROM audit_log WHERE action = 'backup.create'")
      .all()
    expect(audit).toEqual([{ result: 'failed' }])
    // A cancel is no failure of the backup to warn about; the next one runs.
    expect((await t.ok('backups.status', {})).lastFailure).toBeNull()
    await t.ok('backup.create', {})
    expect(xlbaks(t.core.files.backupsDir)).toHaveLength(1)
  })
})

describe('the daily backup at sign-in', () => {
  async function appCore(dir: string): Promise<Core> {
    const app = await createCore(
      { dataDir: dir, appVersion: '0.0.0-test', shell: 'web', scrypt: TEST_SCRYPT },
      { mounts: [] },
    )
    cleanups.unshift(() => app.close())
    return app
  }
  const signIn = (app: Core, slot = new SessionSlot()) =>
    app.call(slot, 'auth.login', { username: ADMIN.username, password: ADMIN.password })

  it('runs after the sign-in has answered, visible while it runs, and ends at 100', async () => {
    const t = await core()
    fill(t)
    t.core.close()
    const app = await appCore(t.dir)
    const seen = backupEvents(app)
    const slot = new SessionSlot()
    expect((await signIn(app, slot)).ok).toBe(true)
    const status = await app.call(slot, 'backups.status', {})
    expect(status).toMatchObject({ ok: true, value: { running: { kind: 'daily' } } })
    await app.backupRuns.idle()
    expect(xlbaks(app.files.backupsDir).filter((n) => n.endsWith('-daily.xlbak'))).toHaveLength(1)
    expect(seen.at(-1)).toMatchObject({ done: 100 })
  })

  it('keeps a failure for 设置 → 备份 instead of swallowing it, and the next backup clears it', async () => {
    const t = await core()
    t.core.close()
    // The backups "folder" is a file: nothing can be written under it.
    const backupsDir = join(t.dir, 'backups')
    writeFileSync(backupsDir, 'not a folder')
    const app = await appCore(t.dir)
    const slot = new SessionSlot()
    expect((await signIn(app, slot)).ok).toBe(true)
    await app.backupRuns.idle()
    const after = await app.call(slot, 'backups.status', {})
    expect(after).toMatchObject({
      ok: true,
      value: {
        running: null,
        lastFailure: { kind: 'daily', message: expect.stringContaining('不是文件夹') },
      },
    })
    // Opened again as it should be: the next backup succeeds and the warning goes.
    rmSync(backupsDir)
    expect((await app.call(slot, 'backup.create', {})).ok).toBe(true)
    expect(await app.call(slot, 'backups.status', {})).toEqual({
      ok: true,
      value: { running: null, lastFailure: null },
    })
  })
})
