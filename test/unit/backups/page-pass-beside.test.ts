import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { flipFileByte } from '../../helpers/flipFileByte'
import { openSqlite } from '../../../db/atRest/cipher'
import { writeBackupBody, type BackupJob } from '../../../electron/services/backup/backupBody'
import { startPagePassBeside } from '../../../electron/services/backup/pagePassBeside'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const key = randomBytes(32)
const PAGE = 4096

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

/**
 * A backup of `path` whose snapshot had byte `flip` changed once copied (a bad copy), its
 * page pass on a worker of its own when `beside`, as a large database's backup has it.
 */
async function backUp(dir: string, path: string, beside: boolean, flip?: number) {
  const pass = beside ? startPagePassBeside() : null
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
    pagePass: pass?.port,
  }
  try {
    return await writeBackupBody(job, { stage: () => undefined }, (to) => {
      copyFileSync(path, to)
      if (flip !== undefined) flipFileByte(to, flip)
    })
  } finally {
    await pass?.stop()
  }
}

describe('a backup’s page pass on a thread beside quick_check', () => {
  it('describes and hashes the copy exactly as the pass on one thread does', async () => {
    const { dir, path } = database()
    const one = await backUp(dir, path, false)
    const two = await backUp(dir, path, true)
    expect(two.counts.persons).toBe(300)
    expect(two).toEqual(one)
  })

  it('refuses a copy whose page HMAC alone changed, which quick_check without HMACs passes', async () => {
    const { dir, path } = database()
    await expect(backUp(dir, path, true, 3 * PAGE - 10)).rejects.toThrow(/第 3 页已被改动或损坏/)
  })

  it('names the bad page when quick_check meets the changed data too', async () => {
    const { dir, path } = database()
    for (const page of [2, 5, 9]) {
      const at = (page - 1) * PAGE + 200
      await expect(backUp(dir, path, true, at)).rejects.toThrow(
        new RegExp(`第 ${page} 页已被改动或损坏`),
      )
      await expect(backUp(dir, path, false, at)).rejects.toThrow(
        new RegExp(`第 ${page} 页已被改动或损坏`),
      )
    }
  })
})

describe('a page-pass worker whose backup never asked (it failed before its check)', () => {
  it('ends when stopped, as it loads or once loaded', async () => {
    await startPagePassBeside().stop()
    const later = startPagePassBeside()
    await new Promise((r) => setTimeout(r, 300))
    await later.stop()
  })
})
