import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  STALE_PARTIAL_MS,
  sweepStalePartials,
} from '../../../electron/services/backup/stalePartials'
import { startTestCore } from '../../helpers/testCore'
import { testCores } from './testCores'

const { cleanups, core } = testCores()

/** Files as a backup killed `ageMs` ago left them (and others that are not its). */
function leave(dir: string, names: string[], ageMs: number): void {
  mkdirSync(dir, { recursive: true })
  const at = (Date.now() - ageMs) / 1000
  for (const name of names) {
    writeFileSync(join(dir, name), 'bytes')
    utimesSync(join(dir, name), at, at)
  }
}

const KILLED = [
  '.0123456789ab.partial',
  '.0123456789ab.partial.db',
  '.0123456789ab.partial.db-journal',
]
const RUNNING = ['.fedcba987654.partial', '.fedcba987654.partial.db']
const NOT_PARTIALS = [
  '2026-12-01 每日.xlbak',
  '.0123456789ab.partial.txt',
  'notes.partial',
  '.xyz.partial',
]

describe('temporary files of backups whose process was killed', () => {
  it('are removed when untouched for a while; a backup still writing keeps its own', async () => {
    const t = await core()
    const dir = join(t.dir, 'backups')
    leave(dir, KILLED, STALE_PARTIAL_MS + 60_000)
    leave(dir, RUNNING, 30_000)
    leave(dir, NOT_PARTIALS, 10 * STALE_PARTIAL_MS)
    expect(sweepStalePartials(dir, Date.now()).sort()).toEqual([...KILLED].sort())
    expect(readdirSync(dir).sort()).toEqual(
      expect.arrayContaining([...RUNNING, ...NOT_PARTIALS].sort()),
    )
    expect(KILLED.some((n) => existsSync(join(dir, n)))).toBe(false)
  })

  it('go at the next start of the app or the command', async () => {
    const t = await core()
    t.core.close()
    const dir = join(t.dir, 'backups')
    leave(dir, KILLED, STALE_PARTIAL_MS + 60_000)
    leave(dir, RUNNING, 0)
    const again = await startTestCore(t.dir)
    cleanups.unshift(() => again.close())
    expect(readdirSync(dir).sort()).toEqual([...RUNNING].sort())
  })

  it('a missing backups folder is nothing to sweep', () => {
    expect(sweepStalePartials('/nonexistent/xinlian/backups', Date.now())).toEqual([])
  })
})
