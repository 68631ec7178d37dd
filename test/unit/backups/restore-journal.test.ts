import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SessionSlot } from '../../../electron/core/session'
import { openBackup } from '../../../electron/services/backup/openBackup'
import {
  RESTORE_JOURNAL,
  swapInBackup,
  type Swapped,
} from '../../../electron/services/backup/swapDatabase'
import { ADMIN, makeTestCore, startTestCore, type TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const c of cleanups.splice(0)) c()
})

/**
 * A data directory with three persons today, closed with another installation's backup
 * (one person, its own database key) swapped in as a restore does; `stop` says how far the
 * restore got before the process died. Another key: a database beside the wrong key file
 * would not open.
 */
async function interruptedRestore(stop: (swapped: Swapped, dir: string) => void) {
  const elsewhere = await makeTestCore()
  cleanups.push(() => elsewhere.cleanup())
  await elsewhere.ok('persons.create', person({ name: '备份里的人' }))
  const made = await elsewhere.ok('backup.create', {})
  const t: TestCore = await makeTestCore()
  cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }))
  for (const i of [1, 2, 3])
    await t.ok(
      'persons.create',
      person({ name: `今天${i}`, idNumber: validId('1988-08-08', `${i}00`) }),
    )
  const secret = { currentKey: t.core.keys!.key, username: 'admin', password: ADMIN.password }
  const opened = await openBackup(made.path, basename(made.path), secret, t.dir)
  expect(opened.key?.equals(secret.currentKey)).toBe(false)
  t.core.close()
  stop(swapInBackup(t.dir, opened.snapshot, opened.keys), t.dir)
  return t.dir
}

async function startAndCount(dir: string): Promise<number> {
  const core = await startTestCore(dir)
  cleanups.unshift(() => core.close())
  const login = await core.call(new SessionSlot(), 'auth.login', {
    username: ADMIN.username,
    password: ADMIN.password,
  })
  expect(login).toMatchObject({ ok: true })
  expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(readdirSync(dir).filter((f) => /restor/.test(f))).toEqual([])
  return core.database.sqlite
    .prepare('SELECT count(*) FROM persons WHERE deleted_at IS NULL')
    .pluck()
    .get() as number
}

describe('the restore journal', () => {
  it('undoes a restore stopped after the swap, before it was done: the old database opens', async () => {
    const dir = await interruptedRestore(() => undefined)
    expect(existsSync(join(dir, RESTORE_JOURNAL))).toBe(true)
    expect(await startAndCount(dir)).toBe(3)
  })

  it('undoes it again when the undo itself was stopped halfway (the database back, the key file not)', async () => {
    const dir = await interruptedRestore((_s, d) => {
      // The first step of an undo: the restored database out, the old one back.
      rmSync(join(d, 'xinlian.db'))
      renameSync(join(d, 'xinlian.db.before-restore'), join(d, 'xinlian.db'))
    })
    expect(await startAndCount(dir)).toBe(3)
  })

  it('keeps a restore that was done, clearing what a stop during its tidying left', async () => {
    const dir = await interruptedRestore((_s, d) => {
      // Done (the journal gone), the set-aside files not yet removed.
      rmSync(join(d, RESTORE_JOURNAL))
    })
    expect(await startAndCount(dir)).toBe(1)
  })

  it('keeps a restore that finished', async () => {
    const dir = await interruptedRestore((swapped) => swapped.finish())
    expect(await startAndCount(dir)).toBe(1)
  })

  it('undoes a journal written before anything was renamed', async () => {
    const dir = await interruptedRestore((swapped) => swapped.rollback())
    // Rolled back once already: a second journal as the crash would have left it.
    writeFileSync(
      join(dir, RESTORE_JOURNAL),
      JSON.stringify({ snapshot: '.restore-gone.db', setAside: ['xinlian.db', 'xinlian.keys'] }),
    )
    expect(await startAndCount(dir)).toBe(3)
  })
})
