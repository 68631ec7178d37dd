import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { flipFileByte } from '../../helpers/flipFileByte'
import { SessionSlot } from '../../../electron/core/session'
import { hashAndCheckPages } from '../../../electron/services/backup/pageHmacs'
import { dataDirKey, openDataDirDatabase } from '../../helpers/dataDirDatabase'
import { restartableCores } from '../../helpers/restartableCore'
import { ADMIN, type TestCore } from '../../helpers/testCore'

const cores = restartableCores()
afterEach(() => cores.cleanup())

const PAGE = 4096
const ROWS = 64
/** Reads every byte of every row, overflow pages included (length() alone would not). */
const READ_ALL = 'SELECT count(*) AS n, sum(length(hex(x))) AS chars FROM filler'

/** Flips one byte of the HMAC at the end of a page in the middle of the file. */
function flipHmacByte(path: string): number {
  const page = Math.floor(statSync(path).size / PAGE / 2)
  flipFileByte(path, page * PAGE - 10)
  return page
}

/** A data directory with filler rows, closed, then one page's HMAC changed on disk. */
async function damagedDataDir(before?: (t: TestCore) => Promise<void>) {
  const t = await cores.setUp()
  const db = t.core.database.sqlite
  db.exec('CREATE TABLE filler (x BLOB)')
  const insert = db.prepare('INSERT INTO filler VALUES (randomblob(16384))')
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) insert.run()
  })()
  await before?.(t)
  t.core.close()
  const page = flipHmacByte(join(t.dir, 'xinlian.db'))
  const again = await cores.restart(t.dir)
  const slot = new SessionSlot()
  const signIn = async () => {
    const login = await again.call(slot, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    expect(login.ok).toBe(true)
  }
  await signIn()
  return { t, page, again, slot, signIn }
}

describe("the app's connection reads pages unchecked; the next backup refuses a changed one", () => {
  it('reads a page whose HMAC was changed, and backup.create refuses the file, writing nothing', async () => {
    const { t, page, again, slot } = await damagedDataDir()

    // Under the check every read makes, the changed page is refused…
    const checked = openDataDirDatabase(t.dir, { readonly: true })
    expect(() => checked.prepare(READ_ALL).get()).toThrow()
    checked.close()

    // …the app's connection reads it as decrypted (the data itself is unchanged)…
    expect(again.database.sqlite.prepare(READ_ALL).get()).toEqual({
      n: ROWS,
      chars: ROWS * 16384 * 2,
    })

    // …and the backup, which checks every page it copies, refuses to finish.
    const backups = join(t.dir, 'backups')
    const files = () => (existsSync(backups) ? readdirSync(backups) : [])
    const before = files()
    const made = await again.call(slot, 'backup.create', {})
    expect(made.ok).toBe(false)
    if (!made.ok) {
      expect(made.error.code).toBe('IO_ERROR')
      expect(made.error.message).toContain(`数据库文件第 ${page} 页已被改动或损坏`)
    }
    expect(files()).toEqual(before)
  })

  it('restores an earlier backup over the damaged database, keeping the damaged files as they were', async () => {
    let good = ''
    const { t, page, again, slot, signIn } = await damagedDataDir(async (before) => {
      good = basename((await before.ok('backup.create', {})).path)
    })
    const key = dataDirKey(t.dir)
    // The safety backup before the restore meets the same page: the restore goes on, and
    // today's files are kept beside the backups as they are.
    const restored = await again.call(slot, 'backups.restore', {
      name: good,
      location: 'local',
      confirmOtherUnit: false,
    })
    expect(restored.ok).toBe(true)
    if (!restored.ok) return
    expect(restored.value.safetyBackup).toMatch(/-beforeRestore\.damaged$/)
    const kept = join(t.dir, 'backups', restored.value.safetyBackup)
    expect(readdirSync(kept)).toEqual(expect.arrayContaining(['xinlian.db', 'xinlian.keys']))
    const pass = hashAndCheckPages(join(kept, 'xinlian.db'), { key, pageSize: PAGE })
    expect(pass.badPage).toBe(page)

    // The restored database is sound: a backup of it passes every page.
    await signIn()
    const made = await again.call(slot, 'backup.create', {})
    expect(made.ok).toBe(true)
  })
})
