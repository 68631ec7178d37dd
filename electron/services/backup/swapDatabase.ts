import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { basename, join, relative } from 'node:path'
import { keySlotsPath } from '../../../db/atRest/keyRing'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../../db/open'
import { writeBytesSafely } from '../files/safeWrite'

export interface Swapped {
  /** The restored files out, the set-aside ones back: the database as before. */
  rollback(): void
  /**
   * The restore is done (the restored database opened and holds its audit row): from here
   * a crash keeps it. The set-aside files go (the safety backup keeps them).
   */
  finish(): void
}

const ASIDE = '.before-restore'
const STAGED = '.restoring'
/** Present from before the first rename until the restore is done: its presence means undo. */
export const RESTORE_JOURNAL = 'xinlian.restore-journal'

/** openBackup's `.restore-<hex>.db` (and SQLite's files beside it), or a new computer's folder. */
const SNAPSHOT_LEFTOVER = /^\.restore-[0-9A-Za-z]+(\.db(-wal|-shm|-journal)?)?$/

/** What a restore under way changed, so that a later start can undo it. */
interface Journal {
  /** The checked snapshot, relative to the data directory, until it becomes the database. */
  snapshot: string
  /** Which of the database and its key file existed, and so were (or are being) set aside. */
  setAside: string[]
}

function syncFolder(dir: string): void {
  // Renames and unlinks reach the disk only with the folder; Windows has no folder fsync.
  if (process.platform === 'win32') return
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * A database and what SQLite keeps beside it. The rollback journal belongs there too: the
 * snapshot is in rollback mode until it first opens as the database, and a stop while that
 * open switches it to WAL leaves a hot `-journal` of the restored file, which SQLite would
 * play back into whichever database next bears the name (the old one, renamed back).
 */
function databaseFiles(db: string): string[] {
  return [db, `${db}-wal`, `${db}-shm`, `${db}-journal`]
}

/** The database and key file as the journal found them, whatever step was reached. */
function undo(dataDir: string, journal: Journal): void {
  const db = join(dataDir, DATABASE_FILE)
  const keys = keySlotsPath(dataDir)
  for (const target of [db, keys]) {
    const wasThere = journal.setAside.includes(basename(target))
    const aside = target + ASIDE
    // Set aside not yet: the file at the target is still the old one.
    if (wasThere && !existsSync(aside)) continue
    for (const f of target === db ? databaseFiles(db) : [keys]) rmSync(f, { force: true })
    if (wasThere) renameSync(aside, target)
  }
  for (const f of databaseFiles(join(dataDir, journal.snapshot))) rmSync(f, { force: true })
  rmSync(keys + STAGED, { force: true })
  syncFolder(dataDir)
  // Last: a crash while undoing undoes again at the next start.
  rmSync(join(dataDir, RESTORE_JOURNAL), { force: true })
  syncFolder(dataDir)
}

function readJournal(dataDir: string): Journal | null {
  const path = join(dataDir, RESTORE_JOURNAL)
  if (!existsSync(path)) return null
  return JSON.parse(readFileSync(path, 'utf8')) as Journal
}

/**
 * On every start, before the data directory is looked at: a restore that a crash (power
 * cut, kill -9) stopped before it was done is undone, so that the database and its key file
 * match again and the old database opens. A restore that was done keeps only its leftovers
 * to clear. Says whether a restore was undone.
 */
export function recoverInterruptedRestore(dataDir: string): boolean {
  const journal = readJournal(dataDir)
  if (journal) {
    undo(dataDir, journal)
    return true
  }
  const db = join(dataDir, DATABASE_FILE)
  for (const target of [db, keySlotsPath(dataDir)]) {
    const aside = target + ASIDE
    if (!existsSync(aside)) continue
    // No journal, no database, a set-aside one: a lost database is never the answer.
    if (target === db && !existsSync(db)) renameSync(aside, db)
    else rmSync(aside, { force: true })
  }
  rmSync(keySlotsPath(dataDir) + STAGED, { force: true })
  // A snapshot taken out and checked, the process stopped before any journal named it:
  // nothing refers to it, and it holds a whole database.
  for (const name of existsSync(dataDir) ? readdirSync(dataDir) : [])
    if (SNAPSHOT_LEFTOVER.test(name)) rmSync(join(dataDir, name), { recursive: true, force: true })
  return false
}

/**
 * Puts a checked snapshot and its key file in place of a closed database. The journal is
 * on disk before anything is renamed, and goes only at `finish`: until then a crash at any
 * moment is undone at the next start (recoverInterruptedRestore), the old files being
 * renamed aside, never deleted. `snapshot` must lie in the data directory (a rename).
 */
export function swapInBackup(
  dataDir: string,
  snapshot: string,
  keys: KeySlotsFile | null,
): Swapped {
  const db = join(dataDir, DATABASE_FILE)
  const keysPath = keySlotsPath(dataDir)
  // Closing folded the WAL in; stale WAL/SHM beside the restored file would be applied to it.
  for (const f of [`${db}-wal`, `${db}-shm`]) rmSync(f, { force: true })
  const journal: Journal = {
    snapshot: relative(dataDir, snapshot),
    setAside: [db, keysPath].filter((f) => existsSync(f)).map((f) => basename(f)),
  }
  const putBack = () => undo(dataDir, journal)
  try {
    if (keys)
      writeBytesSafely(keysPath + STAGED, Buffer.from(JSON.stringify(keys, null, 2)), {
        overwrite: true,
      })
    writeBytesSafely(join(dataDir, RESTORE_JOURNAL), Buffer.from(JSON.stringify(journal)), {
      overwrite: true,
    })
    syncFolder(dataDir)
    for (const name of journal.setAside)
      renameSync(join(dataDir, name), join(dataDir, name + ASIDE))
    renameSync(snapshot, db)
    if (keys) renameSync(keysPath + STAGED, keysPath)
    syncFolder(dataDir)
  } catch (e) {
    putBack()
    throw e
  }
  return {
    rollback: putBack,
    finish: () => {
      rmSync(join(dataDir, RESTORE_JOURNAL), { force: true })
      syncFolder(dataDir)
      for (const name of journal.setAside) rmSync(join(dataDir, name + ASIDE), { force: true })
    },
  }
}
