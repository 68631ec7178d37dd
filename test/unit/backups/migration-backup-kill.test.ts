import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqlite } from '../../../db/atRest/cipher'
import { DATABASE_FILE, openDatabase } from '../../../db/open'
import { checkXlbakBody } from '../../../electron/services/backup/xlbakFile'
import { openXlbakDatabase } from '../../helpers/xlbakCopy'
import { addFiller } from '../../helpers/plainDataDir'
import { removeTempDirs, tempDir } from '../cli-run'
import { KILL_PROBE_MIGRATION, withKillProbe } from './migrationKillProbe'

const CHILD = fileURLToPath(new URL('./migration-backup-kill-child.ts', import.meta.url))
/** Enough bytes that the background copy takes a while to interrupt. */
const FILLER_MIB = 48
const key = randomBytes(32)
let template: string

beforeAll(async () => {
  template = tempDir()
  const file = join(template, DATABASE_FILE)
  ;(await openDatabase(file, { mounts: [], key })).close()
  addFiller(openSqlite(file, key), FILLER_MIB)
}, 120_000)

afterAll(removeTempDirs)

interface Run {
  killed: boolean
  /** The child's open had returned, migrated, when it was killed (or closed). */
  migrated: boolean
}

/** The child, killed `killAfterMs` after its open has returned (never, when null). */
function openInChild(dir: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, join(dir, DATABASE_FILE), key.toString('hex')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let migrated = false
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (migrated || !d.includes(`migrated ${KILL_PROBE_MIGRATION}`)) return
      migrated = true
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.resume()
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve({ killed: signal === 'SIGKILL', migrated }))
  })
}

function copyOfTemplate(name: string): string {
  const dir = join(tempDir(), name)
  mkdirSync(dir)
  cpSync(template, dir, { recursive: true })
  return dir
}

const backupsIn = (dir: string) =>
  existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : []
const namedBackups = (dir: string) =>
  backupsIn(dir).filter((n) => n.endsWith('-beforeMigration.xlbak'))

/** The database opens, already migrated, whole; answers the backup named, if any. */
async function reopen(dir: string): Promise<string | null> {
  const opened = await openDatabase(join(dir, DATABASE_FILE), {
    mounts: [],
    key,
    migrationSet: withKillProbe(),
  })
  try {
    expect(opened.migrated).toEqual([])
    const { sqlite } = opened
    expect(sqlite.pragma('quick_check', { simple: true })).toBe('ok')
    expect(sqlite.prepare('SELECT count(*) FROM kill_probe').pluck().get()).toBe(1)
    expect(sqlite.prepare('SELECT count(*) FROM test_filler').pluck().get()).toBe(FILLER_MIB * 16)
  } finally {
    opened.close()
  }
  const named = namedBackups(dir)
  expect(named.length).toBeLessThanOrEqual(1)
  if (named.length === 0) return null
  // A backup that has its name is whole, and of the state before the migration.
  const path = join(dir, 'backups', named[0]!)
  checkXlbakBody(path)
  const copy = openXlbakDatabase(path, key)
  try {
    expect(copy.prepare("SELECT 1 FROM sqlite_master WHERE name = 'kill_probe'").get()).toBe(
      undefined,
    )
    expect(copy.prepare('SELECT count(*) FROM test_filler').pluck().get()).toBe(FILLER_MIB * 16)
  } finally {
    copy.close()
  }
  return path
}

describe('a kill -9 while the backup before a migration is written in the background', () => {
  it('uninterrupted, the close waits for the backup: named, whole, of the state before', async () => {
    const dir = copyOfTemplate('whole')
    const run = await openInChild(dir, null)
    expect(run).toEqual({ killed: false, migrated: true })
    expect(await reopen(dir)).not.toBeNull()
    // Nothing temporary is left beside it.
    expect(backupsIn(dir)).toEqual(namedBackups(dir))
  }, 120_000)

  it('killed at points inside the window: the database opens migrated, and the backup is lost at worst', async () => {
    let lostBackups = 0
    for (const [i, ms] of [0, 300, 600, 900, 1500].entries()) {
      const dir = copyOfTemplate(`killed-${i}`)
      const run = await openInChild(dir, ms)
      expect(run.migrated).toBe(true)
      if ((await reopen(dir)) === null) {
        expect(run.killed).toBe(true)
        lostBackups++
      }
    }
    // At least one kill landed inside the window, or the test proved nothing.
    expect(lostBackups).toBeGreaterThan(0)
  }, 300_000)
})
