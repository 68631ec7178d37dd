import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionSlot } from '../../../electron/core/session'
import { RESTORE_JOURNAL } from '../../../electron/services/backup/swapDatabase'
import { openDataDirDatabase } from '../../helpers/dataDirDatabase'
import { addFiller } from '../../helpers/plainDataDir'
import { ADMIN, startTestCore } from '../../helpers/testCore'
import {
  ADMIN_PASSWORD,
  asAdmin,
  initializedDir,
  removeTempDirs,
  startCli,
  tempDir,
} from '../cli-run'
import { person, validId } from '../persons-fixtures'

/** Enough bytes that the restore (check, safety backup, swap) takes a while to interrupt. */
const FILLER_MIB = 4
/** Persons in the backup, and in the database today (after the backup). */
const IN_BACKUP = 1
const TODAY = 3

let template: string
let backupFile: string
let root: string

beforeAll(async () => {
  root = tempDir()
  template = await initializedDir()
  await asAdmin(template, async (ok) => {
    await ok('persons.create', person({ name: '备份里的人' }))
  })
  addFiller(openDataDirDatabase(template), FILLER_MIB)
  await asAdmin(template, async (ok) => {
    backupFile = (await ok('backup.create', {})).path
    for (let i = 0; i < TODAY - IN_BACKUP; i++)
      await ok(
        'persons.create',
        person({ name: `后来${i}`, idNumber: validId('1985-05-05', `${300 + i}`) }),
      )
  })
}, 180_000)

afterAll(removeTempDirs)

function copyOfTemplate(name: string): string {
  const dir = join(root, name)
  mkdirSync(dir)
  cpSync(template, dir, { recursive: true })
  return dir
}

/** Starts as the app would, signs in, and counts: the old database or the backup's. */
async function restartAndCount(dir: string): Promise<number> {
  const core = await startTestCore(dir)
  try {
    const login = await core.call(new SessionSlot(), 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    if (!login.ok) throw new Error(`sign-in refused: ${login.error.code} ${login.error.message}`)
    const sqlite = core.database.sqlite
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(sqlite.prepare('SELECT count(*) FROM test_filler').pluck().get()).toBe(FILLER_MIB * 16)
    // Nothing of the interrupted restore is left lying about.
    const left = readdirSync(dir).filter((f) => /restore/.test(f))
    expect(left).toEqual([])
    return sqlite
      .prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL')
      .pluck()
      .get() as number
  } finally {
    core.close()
  }
}

interface Run {
  /** From the journal appearing to its going, in an uninterrupted run. */
  journalMs: number | null
  startedMs: number
  killed: boolean
}

/**
 * `xinlian restore` of the backup in the copy's own backups folder. Kills it `killAt.ms`
 * after the start or after the journal appears (the swap itself).
 */
function restore(dir: string, killAt: { after: 'start' | 'journal'; ms: number } | null) {
  const file = join(dir, 'backups', backupFile.split(/[\\/]/).pop()!)
  return new Promise<Run>((resolve) => {
    const started = Date.now()
    const child = startCli(['restore', file, '--data-dir', dir, '--user', 'admin'], {
      XINLIAN_PASSWORD: ADMIN_PASSWORD,
    })
    const kill = (ms: number) => setTimeout(() => child.kill('SIGKILL'), ms)
    if (killAt?.after === 'start') kill(killAt.ms)
    let journalAt: number | null = null
    let journalMs: number | null = null
    const journal = join(dir, RESTORE_JOURNAL)
    const watch = setInterval(() => {
      const there = existsSync(journal)
      if (there && journalAt === null) {
        journalAt = Date.now()
        if (killAt?.after === 'journal') kill(killAt.ms)
      }
      if (!there && journalAt !== null && journalMs === null) journalMs = Date.now() - journalAt
    }, 1)
    child.on('close', (_code, signal) => {
      clearInterval(watch)
      resolve({ journalMs, startedMs: Date.now() - started, killed: signal === 'SIGKILL' })
    })
  })
}

describe('a restore killed (SIGKILL) at random moments', () => {
  it('reopens with the old counts or the backup’s, integrity ok, sign-in working, never neither', async () => {
    const whole = copyOfTemplate('whole')
    const measured = await restore(whole, null)
    expect(measured.journalMs).not.toBeNull()
    expect(await restartAndCount(whole)).toBe(IN_BACKUP)

    const moments: { after: 'start' | 'journal'; ms: number }[] = []
    // Anywhere in the run (checking the backup, the safety backup, the swap)…
    for (let i = 0; i < 3; i++)
      moments.push({ after: 'start', ms: Math.floor(Math.random() * measured.startedMs) })
    // …and inside the swap itself, the moments that matter, one in each sixth of it.
    const SWAP_KILLS = 6
    const window = Math.max(measured.journalMs!, 1)
    for (let i = 0; i < SWAP_KILLS; i++)
      moments.push({
        after: 'journal',
        ms: Math.floor(((i + Math.random()) / SWAP_KILLS) * window),
      })

    const seen: number[] = []
    for (const [i, at] of moments.entries()) {
      const dir = copyOfTemplate(`kill-${i}`)
      const run = await restore(dir, at)
      const count = await restartAndCount(dir)
      expect([IN_BACKUP, TODAY], JSON.stringify({ at, count })).toContain(count)
      if (run.killed) seen.push(count)
    }
    console.info(
      `restore kill -9: whole run ${measured.startedMs} ms, swap ${measured.journalMs} ms; killed runs reopened with`,
      seen,
    )
    expect(seen.length).toBeGreaterThan(0)
  }, 600_000)
})
