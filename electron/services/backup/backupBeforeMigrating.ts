import type BetterSqlite3 from 'better-sqlite3'
import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import { readKeySlots } from '../../../db/atRest/keyRing'
import type { BackupManifest } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { backupDatabase, backupFailure } from './backup'
import type { BackupJob } from './backupBody'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { HELD_STATE } from './heldFileBackup'
import { pinDatabaseFile } from './pinnedCopy'
import { runBackupWorker } from './runBackupWorker'

export interface BeforeMigratingOptions {
  appVersion: string
  nowMs: number
  /** For tests: how much room the destination has. */
  freeSpace?: FreeSpaceProbe
}

/** The backup before a migration, finishing in the background while the database is used. */
export interface MigrationBackup {
  /** Its final name, once `done` has resolved. */
  path: string
  /** Its manifest once it has its final name; rejects (as an AppError) when it failed. */
  done: Promise<BackupManifest>
  /**
   * Blocks until the backup is named or has failed, then lets go of the database file: the
   * database's close calls it before its checkpoint, which could otherwise write migrated
   * pages into the file the backup is still copying.
   */
  finishSync(): void
}

/**
 * How long a close waits for the background copy. A province's gigabyte takes ~10–30 s on
 * a quiet machine; a slow disk may take minutes. Past this the close goes on without it.
 */
const CLOSE_WAIT_MS = 15 * 60_000

/**
 * The backup an open takes before it migrates, without making the open wait for a copy of
 * the whole file. Nothing else writes then (one instance per data directory, the app not yet
 * at work): the WAL is folded into the file, and a read transaction on WAL read-mark 0
 * holds the file still (pinnedCopy.ts) — the migration then goes on into the WAL, and no
 * checkpoint can write a page into the file until the pin is let go. A worker copies the
 * held bytes, describes them by their own counts, writes the .xlbak, reads it back against
 * its checksum and names it (heldFileBackup.ts); the pin goes once the bytes are copied.
 * Not checked here: at a province's gigabyte, decrypting and checking every page took
 * most of the open (scripts/bench/README.md, "Data at rest"); a restore checks
 * (checkCopy.ts) what it takes out of such a backup before it swaps anything in.
 *
 * A crash while the worker copies costs that backup, not the migration: the migration is
 * committed in the WAL and the database opens migrated; the backup's temporary files are
 * left in the backups folder. Should the WAL not fold in (another process reading), the
 * online backup serves, awaited before the migration as before.
 */
export async function backupBeforeMigrating(
  sqlite: BetterSqlite3.Database,
  key: Buffer | null,
  outPath: string,
  options: BeforeMigratingOptions,
): Promise<MigrationBackup> {
  const dbPath = sqlite.name
  const folder = dirname(outPath)
  const [folded] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  const pin = folded?.busy === 0 ? pinDatabaseFile(dbPath, key) : null
  if (!pin) {
    const made = await backupDatabase(sqlite, key, outPath, {
      kind: 'beforeMigration',
      appVersion: options.appVersion,
      nowMs: options.nowMs,
      target: { createFolder: true },
      ...(options.freeSpace ? { freeSpace: options.freeSpace } : {}),
    })
    return { path: made.path, done: Promise.resolve(made.manifest), finishSync: () => undefined }
  }
  try {
    // The snapshot, then the .xlbak beside it, at once.
    const needed = 2 * statSync(dbPath).size + (1 << 20)
    const free = (options.freeSpace ?? freeSpace)(folder)
    if (free < needed) throw new AppError('IO_ERROR', backupsText.diskFull(folder, needed, free))
  } catch (e) {
    pin.release()
    throw e
  }
  const state = new Int32Array(new SharedArrayBuffer(4))
  const job: BackupJob = {
    dbPath,
    key,
    // The worker names its own temporary files (heldFileBackup.ts).
    xlbakPath: '',
    snapshotPath: '',
    kind: 'beforeMigration',
    appVersion: options.appVersion,
    nowMs: options.nowMs,
    checkpoint: null,
    keys: key ? readKeySlots(dirname(dbPath)) : null,
    writerHeld: false,
    heldFile: { bytes: pin.bytes, finalPath: outPath, state },
  }
  const copied = () => Atomics.load(state, 0) === HELD_STATE.copied
  const done = runBackupWorker(job, {
    // Past the snapshot stage the held bytes are copied: the checkpoints may go on.
    stage: (stage) => {
      if (stage !== 'snapshot' && copied()) pin.release()
    },
  })
    .catch((e: unknown) => {
      throw backupFailure(e, folder)
    })
    .finally(() => pin.release())
  // Failures are the caller's to hear (the core logs them); none may end the process.
  done.catch(() => undefined)
  return {
    path: outPath,
    done,
    finishSync: () => {
      waitForHeldBackup(state)
      pin.release()
    },
  }
}

function waitForHeldBackup(state: Int32Array): void {
  const until = Date.now() + CLOSE_WAIT_MS
  for (let now = Atomics.load(state, 0); now !== HELD_STATE.done; now = Atomics.load(state, 0)) {
    if (now === HELD_STATE.abandoned) return
    const left = until - Date.now()
    if (left <= 0) {
      // Still copying: the copy is given up, so that the file may change under it.
      Atomics.compareExchange(state, 0, HELD_STATE.copying, HELD_STATE.abandoned)
      return
    }
    Atomics.wait(state, 0, now, left)
  }
}
