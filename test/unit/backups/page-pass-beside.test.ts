import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { flipFileByte } from '../../helpers/flipFileByte'
import { openSqlite } from '../../../db/atRest/cipher'
import {
  writeBackupBody,
  type BackupJob,
  type PagePassWorker,
} from '../../../electron/services/backup/backupBody'
import { pagePassWorker } from '../../../electron/services/backup/runBackupWorker'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const key = randomBytes(32)
const PAGE = 4096

/** The page pass on its own thread for every size, as a province's backup has it. */
const beside = pagePassWorker(0)

/** An encrypted one-file database with persons in it, in a folder of its own. */
function database(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-pass-beside-'))
  dirs.push(dir)
  const path = join(dir, 'x.db')
  const db = openSqlite(path, key)
  db.exec('CREATE TABLE persons (name TEXT, deleted_at TEXT)')
  const insert = db.prepare('INSERT INTO persons VALUES (?, NULL)')
  for (let i = 0; i < 300; i++) insert.run(`人员${i}`.repeat(20))
  db.close()
  return { dir, path }
}

/** A backup of `path` whose snapshot had byte `flip` changed once copied (a bad copy). */
function backUp(dir: string, path: string, pass: PagePassWorker | undefined, flip?: number) {
  const xlbakPath = join(dir, `b-${randomBytes(4).toString('hex')}.xlbak`)
  const job: BackupJob = {
    dbPath: path,
    key,
    xlbakPath,
    snapshotPath: `${xlbakPath}.db`,
    kind: 'manual',
    appVersion: 'test',
    nowMs: Date.UTC(2026, 11, 7),
    checkpoint: null,
    keys: null,
    writerHeld: false,
    pagePassWorker: pass,
  }
  return writeBackupBody(job, { stage: () => undefined }, (to) => {
    copyFileSync(path, to)
    if (flip !== undefined) flipFileByte(to, flip)
  })
}

describe('a backup’s page pass on a thread beside quick_check', () => {
  it('describes and hashes the copy exactly as the pass on one thread does', async () => {
    const { dir, path } = database()
    const one = await backUp(dir, path, undefined)
    const two = await backUp(dir, path, beside)
    expect(two.counts.persons).toBe(300)
    expect(two).toEqual(one)
  })

  it('refuses a copy whose page HMAC alone changed, which quick_check without HMACs passes', async () => {
    const { dir, path } = database()
    await expect(backUp(dir, path, beside, 3 * PAGE - 10)).rejects.toThrow(/第 3 页已被改动或损坏/)
  })

  it('names the bad page when quick_check meets the changed data too', async () => {
    const { dir, path } = database()
    for (const page of [2, 5, 9]) {
      const at = (page - 1) * PAGE + 200
      await expect(backUp(dir, path, beside, at)).rejects.toThrow(
        new RegExp(`第 ${page} 页已被改动或损坏`),
      )
      await expect(backUp(dir, path, undefined, at)).rejects.toThrow(
        new RegExp(`第 ${page} 页已被改动或损坏`),
      )
    }
  })
})
