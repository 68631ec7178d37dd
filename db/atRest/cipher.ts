import type BetterSqlite3 from 'better-sqlite3'
import MultipleCiphers from 'better-sqlite3-multiple-ciphers'
import { closeSync, openSync, readSync } from 'node:fs'

/** 256 bits, random per installation: never derived from anyone's password. */
export const DATABASE_KEY_BYTES = 32

/**
 * SQLCipher 4 over aes256cbc: both run at plain speed here (scripts/bench: open ~1 ms,
 * bulk insert and scan within noise of each other), but aes256cbc encrypts a page the same
 * way every time and does not authenticate it, while SQLCipher writes a random IV and an
 * HMAC-SHA512 per page, so a flipped byte can be caught (PageReads: on read, or by a backup's
 * pass over every page). A raw key (x'…') skips SQLCipher's password KDF (~160 ms per open):
 * the key is random, there is nothing to stretch.
 */
export const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'] as const

/**
 * Whether SQLite3MultipleCiphers checks a page's HMAC each time it reads the page. Every page
 * gets its HMAC when written either way; the check on read is HMAC-SHA512 in portable C,
 * ~11 µs a 4 KB page, several times what AES-NI decryption and the read itself cost.
 * - 'checked': every read checked. Connections that copy pages into another file (a
 *   backup's VACUUM INTO, a restore's check) keep it, so a changed page is refused there
 *   instead of written out under a fresh HMAC.
 * - 'unchecked': for the app's connection (db/open.ts) and for a backup's quick_check on a
 *   copy whose pages electron/services/backup/pageHmacs.ts has just checked with OpenSSL.
 */
export type PageReads = 'checked' | 'unchecked'

/**
 * The one constructor of database handles: SQLite3MultipleCiphers behind the better-sqlite3
 * API. `key` null opens a plain file, only for moving an older plain database over.
 */
export function openSqlite(
  path: string | Buffer,
  key: Buffer | null,
  options?: BetterSqlite3.Options,
  pageReads: PageReads = 'checked',
): BetterSqlite3.Database {
  const sqlite = new MultipleCiphers(path as string, options) as unknown as BetterSqlite3.Database
  if (key) {
    try {
      // Read when the key sets the codec up: it must come first.
      if (pageReads === 'unchecked') sqlite.pragma('hmac_check = 0')
      applyKey(sqlite, key)
    } catch (e) {
      sqlite.close()
      throw e
    }
  }
  return sqlite
}

/** Must run before any other statement on the handle. */
export function applyKey(sqlite: BetterSqlite3.Database, key: Buffer): void {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error('database key must be 32 bytes')
  for (const p of CIPHER_PRAGMAS) sqlite.pragma(p)
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`)
  // SQLite3MultipleCiphers encrypts the database, its journal and WAL, not temporary files:
  // a sort spilling to disk (an index build after a large import) would write names and ID
  // numbers there in the clear. In memory, sorts cannot spill.
  sqlite.pragma('temp_store = MEMORY')
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** A plain SQLite file starts with its magic string; an encrypted one starts with salt. */
export function isPlainDatabaseFile(path: string): boolean {
  const fd = openSync(path, 'r')
  try {
    const head = Buffer.alloc(PLAIN_HEADER.length)
    const n = readSync(fd, head, 0, head.length, 0)
    return n === head.length && head.equals(PLAIN_HEADER)
  } finally {
    closeSync(fd)
  }
}

/** Attaches another database under its own key (the connection's cipher settings apply). */
export function attachKeyed(
  sqlite: BetterSqlite3.Database,
  path: string,
  alias: string,
  key: Buffer | null,
): void {
  if (!/^[a-z_]+$/.test(alias)) throw new Error(`bad alias ${alias}`)
  if (key) sqlite.prepare(`ATTACH ? AS ${alias} KEY ?`).run(path, `x'${key.toString('hex')}'`)
  else sqlite.prepare(`ATTACH ? AS ${alias}`).run(path)
}
