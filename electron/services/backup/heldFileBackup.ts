import { rmSync } from 'node:fs'
import type { BackupManifest } from '../../../shared/contract/backups'
import { writeFileSafely } from '../files/safeWrite'
import { snapshotPathOf, writeBackupBody, type BackupJob, type BackupSteps } from './backupBody'
import { copyPinnedBytes } from './pinnedCopy'
import { XLBAK_EXTENSION } from './xlbakFile'

/**
 * Where the backup of a held file is (BackupJob.heldFile.state), told across threads: the
 * main thread may let go of the file once the snapshot is copied, and its close waits —
 * blocking, since a close is synchronous — until the backup is named or has failed.
 */
export const HELD_STATE = {
  copying: 0,
  /** The snapshot has the held bytes: the file may change again. */
  copied: 1,
  /** The backup has its final name, or has failed: nothing more will happen. */
  done: 2,
  /** The closing thread stopped waiting before the copy was done: the copy is worthless. */
  abandoned: 3,
} as const

/**
 * The background half of the backup before a migration (backupBeforeMigrating.ts), in the
 * backup worker: the held file's bytes copied to the snapshot, the .xlbak written from it
 * and read back, then given its final name here rather than by the main thread, which may
 * by then be blocked in the database's close waiting for exactly this.
 */
export async function writeHeldFileBackup(
  job: BackupJob & { heldFile: NonNullable<BackupJob['heldFile']> },
  steps: BackupSteps,
): Promise<BackupManifest> {
  const { bytes, finalPath, state } = job.heldFile
  try {
    return await writeFileSafely(
      finalPath,
      { createFolder: true, extension: XLBAK_EXTENSION },
      async (tmp) => {
        const snapshotPath = snapshotPathOf(tmp)
        try {
          return await writeBackupBody({ ...job, xlbakPath: tmp, snapshotPath }, steps, (to) => {
            copyPinnedBytes(job.dbPath, to, bytes)
            const was = Atomics.compareExchange(state, 0, HELD_STATE.copying, HELD_STATE.copied)
            // Let go of too early, the file may have taken migrated pages while it was copied.
            if (was !== HELD_STATE.copying) throw new Error('the database file was let go mid-copy')
          })
        } finally {
          rmSync(snapshotPath, { force: true })
        }
      },
    )
  } finally {
    // Abandoned stays abandoned: the closing thread has already gone on.
    for (const from of [HELD_STATE.copying, HELD_STATE.copied])
      Atomics.compareExchange(state, 0, from, HELD_STATE.done)
    Atomics.notify(state, 0)
  }
}
