import type BetterSqlite3 from 'better-sqlite3'
import { copyFileSync, statSync, truncateSync } from 'node:fs'
import { openSqlite } from '../../../db/atRest/cipher'

/** The database file held still: `bytes` of it are the snapshot until `release()`. */
export interface PinnedFile {
  bytes: number
  release(): void
}

/**
 * Holds the database file still as a snapshot of the last committed state, while the app
 * goes on writing. The WAL is first folded into the file (a passive checkpoint run while a
 * second connection holds the write lock, so no commit slips in between); then a read
 * transaction begun on the fully folded WAL reads the file alone, holding WAL read-mark 0,
 * and SQLite's checkpointer needs that mark exclusively to write any page back into the
 * file. Until `release()` the file cannot change: the app's commits stay in the WAL.
 *
 * Null, holding nothing, when the WAL cannot be folded in: another reader holds an older
 * snapshot, or a writer kept the write lock past the busy timeout.
 */
export function pinDatabaseFile(
  dbPath: string,
  key: Buffer | null,
  writerHeld = false,
): PinnedFile | null {
  const pin = openSqlite(dbPath, key, { fileMustExist: true })
  try {
    if (!foldAndPin(dbPath, key, pin, writerHeld)) {
      pin.close()
      return null
    }
    const pages = pin.pragma('page_count', { simple: true }) as number
    const bytes = pages * (pin.pragma('page_size', { simple: true }) as number)
    return {
      bytes,
      release: () => {
        if (pin.open) pin.close()
      },
    }
  } catch (e) {
    pin.close()
    throw e
  }
}

/**
 * The snapshot as a copy of the pinned file's bytes at `to`: a file copy, where VACUUM INTO
 * decrypts, rebuilds and encrypts every page (scripts/bench/README.md, "Data at rest").
 * False, having copied nothing, when the file could not be pinned: the caller takes
 * VACUUM INTO, which reads the committed state whatever the WAL holds.
 */
export function copyPinned(
  dbPath: string,
  key: Buffer | null,
  to: string,
  /** The app's connection holds the write lock throughout (BackupJob.writerHeld). */
  writerHeld = false,
): boolean {
  const pinned = pinDatabaseFile(dbPath, key, writerHeld)
  if (!pinned) return false
  try {
    copyPinnedBytes(dbPath, to, pinned.bytes)
  } finally {
    pinned.release()
  }
  return true
}

/** The pinned file's `bytes` copied to `to`: only while the pin holds is that the snapshot. */
export function copyPinnedBytes(dbPath: string, to: string, bytes: number): void {
  copyFileSync(dbPath, to)
  // The checkpoint truncates the file to the database's pages; should it not have, the
  // pages past the end are free space the snapshot does not need.
  if (statSync(to).size > bytes) truncateSync(to, bytes)
}

function foldAndPin(
  dbPath: string,
  key: Buffer | null,
  pin: BetterSqlite3.Database,
  writerHeld: boolean,
): boolean {
  // Held by the app for the whole backup, the write lock is the gate already.
  const gate = writerHeld ? null : openSqlite(dbPath, key, { fileMustExist: true })
  try {
    try {
      gate?.exec('BEGIN IMMEDIATE')
    } catch (e) {
      if (isBusy(e)) return false
      throw e
    }
    const [folded] = pin.pragma('wal_checkpoint(PASSIVE)') as {
      busy: number
      log: number
      checkpointed: number
    }[]
    if (!folded || folded.busy !== 0 || folded.log !== folded.checkpointed) return false
    pin.exec('BEGIN')
    // The read transaction starts at its first read: with every frame in the file, SQLite
    // gives it read-mark 0 (the file alone).
    pin.prepare('SELECT count(*) FROM sqlite_master').get()
    return true
  } finally {
    gate?.close()
  }
}

function isBusy(e: unknown): boolean {
  return /SQLITE_BUSY|database is locked/i.test(String((e as { code?: string }).code ?? e))
}
