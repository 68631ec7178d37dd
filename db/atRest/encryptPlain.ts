import type BetterSqlite3 from 'better-sqlite3'
import { closeSync, fstatSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import type { EncryptStage } from '../../shared/contract/backups'
import { CIPHER_PRAGMAS, openSqlite } from './cipher'

/** The encrypted copy of a plain database while it is written and checked. */
export function encryptingPath(dbPath: string): string {
  return `${dbPath}.encrypting`
}

function tableCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  )
}

/**
 * Writes the encrypted copy beside the plain database and checks it: integrity_check, and
 * every table holding as many rows as the original. The original is not touched; a failure
 * (a full disk) leaves no copy behind.
 */
export function writeEncryptedCopy(
  dbPath: string,
  key: Buffer,
  /** Told as each step starts (a progress bar on the sign-in screen). */
  onStage: (stage: Exclude<EncryptStage, 'swap'>) => void = () => undefined,
): string {
  const temp = encryptingPath(dbPath)
  rmSync(temp, { force: true })
  try {
    const plain = openSqlite(dbPath, null, { readonly: true, fileMustExist: true })
    let counts: Record<string, number>
    try {
      counts = tableCounts(plain)
      onStage('copy')
      plain.prepare('VACUUM INTO ?').run(temp)
    } finally {
      plain.close()
    }
    // Rekeying needs a rollback journal; the live database goes back to WAL when opened.
    onStage('encrypt')
    const copy = openSqlite(temp, null)
    try {
      copy.pragma('journal_mode = DELETE')
      for (const p of CIPHER_PRAGMAS) copy.pragma(p)
      copy.pragma(`rekey = "x'${key.toString('hex')}'"`)
    } finally {
      copy.close()
    }
    onStage('check')
    const check = openSqlite(temp, key, { readonly: true })
    try {
      const verdict = check.pragma('integrity_check', { simple: true })
      if (verdict !== 'ok') throw new Error(`integrity_check: ${String(verdict)}`)
      const after = tableCounts(check)
      if (JSON.stringify(after) !== JSON.stringify(counts))
        throw new Error('row counts differ after encryption')
    } finally {
      check.close()
    }
    fsyncFile(temp)
    return temp
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}

/**
 * Puts the checked copy in place of the plain file. The plain file is overwritten with
 * zeros first, as far as a file system lets that reach the disk (SSDs and copy-on-write
 * file systems may keep old blocks): its content must not linger in free space.
 */
export function swapInEncrypted(dbPath: string): void {
  zeroFill(dbPath)
  renameSync(encryptingPath(dbPath), dbPath)
  for (const f of [`${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true })
}

function zeroFill(path: string): void {
  const fd = openSync(path, 'r+')
  try {
    const size = fstatSync(fd).size
    const zeros = Buffer.alloc(1 << 20)
    for (let at = 0; at < size; at += zeros.length)
      writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
