import { createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto'
import { closeSync, openSync, readSync } from 'node:fs'

/*
 * SQLCipher 4 as SQLite3MultipleCiphers writes it under db/atRest/cipher.ts's settings
 * (cipher 'sqlcipher', legacy 4, a raw 32-byte key), read from its sqlite3.c
 * (EncryptPageSQLCipherCipher, GenerateKeySQLCipherCipher): the file's first 16 bytes are
 * the salt; every page ends in 80 reserved bytes, its IV (16) and its HMAC-SHA512 (64) over
 * the page's ciphertext (from byte 16 on page 1, where the salt is) and the IV, then the
 * page number as 4 bytes little-endian. The HMAC key is PBKDF2-HMAC-SHA512 of the database
 * key, salted with the file's salt XOR 0x3a, 2 iterations, 32 bytes.
 */
const SALT_BYTES = 16
const IV_BYTES = 16
const HMAC_BYTES = 64
const HMAC_SALT_MASK = 0x3a
const FAST_KDF_ITERATIONS = 2
const KEY_BYTES = 32
/** SQLite never writes the page holding the lock bytes (a file past 1 GiB has one). */
const LOCK_BYTE_OFFSET = 0x40000000
const CHUNK = 1 << 20

export interface PagePass {
  /** SHA-256 of the file's bytes. */
  sha256: string
  /** The first page (1-based) whose HMAC does not match; null when every page's does. */
  badPage: number | null
}

function hmacKeyOf(key: Buffer, salt: Buffer): Buffer {
  const hmacSalt = Buffer.from(salt.map((b) => b ^ HMAC_SALT_MASK))
  return pbkdf2Sync(key, hmacSalt, FAST_KDF_ITERATIONS, KEY_BYTES, 'sha512')
}

/**
 * One read of a database file: its SHA-256 and, under `key`, every page's HMAC checked with
 * Node's OpenSSL — the check SQLite3MultipleCiphers would make in portable C as each page is
 * read, several times slower (scripts/bench/README.md, "Data at rest"). Without `pages`
 * (a plain file, or bytes not to be checked) it is only hashed.
 */
export function hashAndCheckPages(
  path: string,
  pages: { key: Buffer; pageSize: number } | null,
): PagePass {
  const hash = createHash('sha256')
  const fd = openSync(path, 'r')
  let badPage: number | null = null
  try {
    // Whole pages per read: a chunk is a multiple of every page size SQLite allows.
    const buf = Buffer.alloc(CHUNK)
    let hmacKey: Buffer | null = null
    let position = 0
    for (;;) {
      const n = fill(fd, buf, position)
      if (n === 0) break
      hash.update(buf.subarray(0, n))
      if (pages && badPage === null) {
        if (position === 0) hmacKey = hmacKeyOf(pages.key, buf.subarray(0, SALT_BYTES))
        badPage = firstBadPage(buf.subarray(0, n), position, pages.pageSize, hmacKey!)
      }
      position += n
    }
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), badPage }
}

/** Reads until `buf` is full or the file ends; answers how many bytes. */
function fill(fd: number, buf: Buffer, position: number): number {
  let got = 0
  for (
    let n;
    got < buf.length && (n = readSync(fd, buf, got, buf.length - got, position + got)) > 0;
  )
    got += n
  return got
}

function firstBadPage(
  chunk: Buffer,
  chunkStart: number,
  pageSize: number,
  hmacKey: Buffer,
): number | null {
  const dataEnd = pageSize - IV_BYTES - HMAC_BYTES
  const pageNumber = Buffer.alloc(4)
  for (let at = 0; at < chunk.length; at += pageSize) {
    const offset = chunkStart + at
    const page = offset / pageSize + 1
    if (offset === LOCK_BYTE_OFFSET) continue
    // A file cut mid-page is damaged: its last page has no HMAC to check.
    if (at + pageSize > chunk.length) return page
    const start = page === 1 ? SALT_BYTES : 0
    pageNumber.writeUInt32LE(page)
    const mac = createHmac('sha512', hmacKey)
      .update(chunk.subarray(at + start, at + dataEnd + IV_BYTES))
      .update(pageNumber)
      .digest()
    const stored = chunk.subarray(at + dataEnd + IV_BYTES, at + pageSize)
    if (!timingSafeEqual(mac, stored)) return page
  }
  return null
}
