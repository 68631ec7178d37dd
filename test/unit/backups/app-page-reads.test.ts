import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SessionSlot } from '../../../electron/core/session'
import { openDataDirDatabase } from '../../helpers/dataDirDatabase'
import { restartableCores } from '../../helpers/restartableCore'
import { ADMIN } from '../../helpers/testCore'

const cores = restartableCores()
afterEach(() => cores.cleanup())

const PAGE = 4096
const ROWS = 64
/** Reads every byte of every row, overflow pages included (length() alone would not). */
const READ_ALL = 'SELECT count(*) AS n, sum(length(hex(x))) AS chars FROM filler'

/** Flips one byte of the HMAC at the end of a page in the middle of the file. */
function flipHmacByte(path: string): number {
  const page = Math.floor(statSync(path).size / PAGE / 2)
  const at = page * PAGE - 10
  const fd = openSync(path, 'r+')
  try {
    const b = Buffer.alloc(1)
    readSync(fd, b, 0, 1, at)
    b[0] = b[0]! ^ 0x01
    writeSync(fd, b, 0, 1, at)
  } finally {
    closeSync(fd)
  }
  return page
}

describe("the app's connection reads pages unchecked; the next backup refuses a changed one", () => {
  it('reads a page whose HMAC was changed, and backup.create refuses the file, writing nothing', async () => {
    const t = await cores.setUp()
    const db = t.core.database.sqlite
    db.exec('CREATE TABLE filler (x BLOB)')
    const insert = db.prepare('INSERT INTO filler VALUES (randomblob(16384))')
    db.transaction(() => {
      for (let i = 0; i < ROWS; i++) insert.run()
    })()
    t.core.close()
    const path = join(t.dir, 'xinlian.db')
    const page = flipHmacByte(path)

    // Under the check every read makes, the changed page is refused…
    const checked = openDataDirDatabase(t.dir, { readonly: true })
    expect(() => checked.prepare(READ_ALL).get()).toThrow()
    checked.close()

    // …the app's connection reads it as decrypted (the data itself is unchanged)…
    const again = await cores.restart(t.dir)
    const slot = new SessionSlot()
    const login = await again.call(slot, 'auth.login', {
      username: ADMIN.username,
      password: ADMIN.password,
    })
    expect(login.ok).toBe(true)
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
})
