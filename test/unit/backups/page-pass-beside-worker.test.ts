import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDatabase } from '../../../electron/services/backup/backup'
import { PAGE_PASS_BESIDE_FROM_BYTES } from '../../../electron/services/backup/runBackupWorker'
import { checkXlbakBody } from '../../../electron/services/backup/xlbakFile'
import type { TestCore } from '../../helpers/testCore'
import { testCores } from './testCores'

const { core } = testCores()
const manual = { kind: 'manual' as const, appVersion: '0.0.0-test', nowMs: Date.now() }

/** Rows of random bytes until the database file is past the size that gets the pass beside. */
function grownPast(t: TestCore, bytes: number): void {
  const sqlite = t.core.database.sqlite
  sqlite.exec('CREATE TABLE filler (b BLOB)')
  const insert = sqlite.prepare('INSERT INTO filler VALUES (?)')
  sqlite.transaction(() => {
    for (let i = 0; i < Math.ceil(bytes / 3000) + 200; i++) insert.run(randomBytes(3000))
  })()
  sqlite.pragma('wal_checkpoint(TRUNCATE)')
  expect(statSync(sqlite.name).size).toBeGreaterThan(bytes)
}

describe('a large database’s backup, its page pass on a worker started beside the backup’s', () => {
  it('is whole and describes the database, the pass’s answer reaching the backup’s worker', async () => {
    const t = await core()
    grownPast(t, PAGE_PASS_BESIDE_FROM_BYTES)
    const out = join(t.dir, 'large.xlbak')
    const made = await backupDatabase(t.core.database.sqlite, t.core.keys!.key, out, manual)
    expect(made.manifest.dbBytes).toBeGreaterThan(PAGE_PASS_BESIDE_FROM_BYTES)
    expect(made.manifest.counts.users).toBe(1)
    expect(checkXlbakBody(out).manifest).toEqual(made.manifest)
  })

  it('stopped at once, is CANCELLED and leaves nothing behind', async () => {
    const t = await core()
    grownPast(t, PAGE_PASS_BESIDE_FROM_BYTES)
    const folder = join(t.dir, 'out')
    const stop = new AbortController()
    const made = backupDatabase(t.core.database.sqlite, t.core.keys!.key, join(folder, 'b.xlbak'), {
      ...manual,
      target: { createFolder: true },
      signal: stop.signal,
    })
    stop.abort()
    await expect(made).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  })
})
