import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqlite } from '../../../db/atRest/cipher'
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
 * A data directory with three persons today, closed with a backup (one person) swapped in
 * as a restore does; `stop` says how far the restore got before the process died. By
 * default another installation's backup, under its own key: a database beside the wrong key
 * file would not open. `from: 'here'`: a backup of this installation (today's key), as
 * `xinlian restore` of its own backup.
 */
async function interruptedRestore(
  stop: (swapped: Swapped, dir: string, restoredKey: Buffer) => void,
  from: 'elsewhere' | 'here' = 'elsewhere',
) {
  const t: TestCore = await makeTestCore()
  cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }))
  let source = t
  if (from === 'elsewhere') {
    source = await makeTestCore()
    const other = source
    cleanups.push(() => other.cleanup())
  }
  await source.ok('persons.create', person({ name: '备份里的人' }))
  const made = await source.ok('backup.create', {})
  for (const i of [1, 2, 3])
    await t.ok(
      'persons.create',
      person({ name: `今天${i}`, idNumber: validId('1988-08-08', `${i}00`) }),
    )
  const secret = { currentKey: t.core.keys!.key, username: 'admin', password: ADMIN.password }
  const opened = await openBackup(made.path, basename(made.path), secret, t.dir)
  expect(opened.key?.equals(secret.currentKey)).toBe(from === 'here')
  t.core.close()
  stop(swapInBackup(t.dir, opened.snapshot, opened.keys), t.dir, opened.key!)
  return t.dir
}

/**
 * The disk as a kill leaves it in the middle of the restored database's first write: the
 * snapshot is in rollback mode, so its first open (switching it to WAL) writes through a
 * `-journal`, hot once synced. Taken as a copy of the files while the write is under way, so
 * the moment is exact every run.
 */
function leaveHotJournal(db: string, key: Buffer): void {
  const restored = openSqlite(db, key)
  try {
    // A small cache spills pages into the file mid-transaction, the journal synced first.
    restored.pragma('cache_size = 10')
    restored.exec('BEGIN IMMEDIATE')
    restored.pragma('user_version = 4242')
    restored.exec('CREATE TABLE spill (b BLOB)')
    const insert = restored.prepare('INSERT INTO spill VALUES (randomblob(4000))')
    for (let i = 0; i < 100; i++) insert.run()
    copyFileSync(db, `${db}.crash`)
    copyFileSync(`${db}-journal`, `${db}.crash-journal`)
    restored.exec('ROLLBACK')
  } finally {
    restored.close()
  }
  renameSync(`${db}.crash`, db)
  renameSync(`${db}.crash-journal`, `${db}-journal`)
}

async function startAndCount(dir: string): Promise<number> {
  const core = await startTestCore(dir)
  cleanups.unshift(() => core.close())
  const login = await core.call(new SessionSlot(), 'auth.login', {
    username: ADMIN.username,
    password: ADMIN.password,
  })
  expect(login, JSON.stringify(login)).toMatchObject({ ok: true })
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

  for (const from of ['here', 'elsewhere'] as const)
    it(`undoes a restore killed while the restored database first opened, its hot rollback journal never played into the old one (backup from ${from})`, async () => {
      const dir = await interruptedRestore(
        (_s, d, restoredKey) => leaveHotJournal(join(d, 'xinlian.db'), restoredKey),
        from,
      )
      expect(statSync(join(dir, 'xinlian.db-journal')).size).toBeGreaterThan(0)
      // Today: the three persons, and the backup's one where the backup was made here.
      expect(await startAndCount(dir)).toBe(from === 'here' ? 4 : 3)
      expect(existsSync(join(dir, 'xinlian.db-journal'))).toBe(false)
    })

  it('clears a checked snapshot that a stop before the swap left, no journal naming it', async () => {
    const t = await makeTestCore()
    cleanups.push(() => rmSync(t.dir, { recursive: true, force: true }))
    const made = await t.ok('backup.create', {})
    const secret = { currentKey: t.core.keys!.key, username: 'admin', password: ADMIN.password }
    await openBackup(made.path, basename(made.path), secret, t.dir)
    mkdtempSync(join(t.dir, '.restore-'))
    t.core.close()
    expect(readdirSync(t.dir).filter((f) => f.startsWith('.restore-'))).toHaveLength(2)
    expect(await startAndCount(t.dir)).toBe(0)
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
