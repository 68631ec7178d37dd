import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { flipFileByte } from '../../helpers/flipFileByte'
import { openSqlite } from '../../../db/atRest/cipher'
import { checkCopy } from '../../../electron/services/backup/checkCopy'
import { hashAndCheckPages } from '../../../electron/services/backup/pageHmacs'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const key = randomBytes(32)
const PAGE = 4096

/** An encrypted one-file database of ~60 pages, 8 of them on the freelist. */
function database(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-hmac-'))
  dirs.push(dir)
  const path = join(dir, 'x.db')
  const db = openSqlite(path, key)
  db.exec('CREATE TABLE t (x BLOB); CREATE TABLE gone (x BLOB)')
  for (let i = 0; i < 50; i++) db.prepare('INSERT INTO t VALUES (randomblob(3000))').run()
  for (let i = 0; i < 8; i++) db.prepare('INSERT INTO gone VALUES (randomblob(3000))').run()
  db.exec('DROP TABLE gone')
  db.close()
  return path
}

const check = (path: string) => hashAndCheckPages(path, { key, pageSize: PAGE })

describe('every page HMAC checked in one pass over the file (SQLCipher 4)', () => {
  it('passes the file as SQLite3MultipleCiphers wrote it, and hashes exactly its bytes', () => {
    const path = database()
    expect(check(path)).toEqual({
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      badPage: null,
    })
  })

  it('finds a changed byte in a page’s data, its IV or its HMAC, and in page 1 past the salt', () => {
    for (const [page, within] of [
      [5, 100],
      [7, PAGE - 80 + 3],
      [9, PAGE - 10],
      [1, 40],
    ] as const) {
      const path = database()
      flipFileByte(path, (page - 1) * PAGE + within)
      expect(check(path).badPage).toBe(page)
    }
  })

  it('finds a changed HMAC that a check decrypting without HMACs would pass', () => {
    const path = database()
    flipFileByte(path, 6 * PAGE - 10)
    const unchecked = openSqlite(path, key, { readonly: true }, 'unchecked')
    expect(checkCopy(unchecked)).toBe('ok')
    unchecked.close()
    expect(check(path).badPage).toBe(6)
  })

  it('refuses a file cut mid-page, and every page under another key', () => {
    const path = database()
    expect(hashAndCheckPages(path, { key: randomBytes(32), pageSize: PAGE }).badPage).toBe(1)
    truncateSync(path, 10 * PAGE + 100)
    expect(check(path).badPage).toBe(11)
  })
})
