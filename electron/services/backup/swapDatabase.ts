import { existsSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { keySlotsPath } from '../../../db/atRest/keyRing'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../../db/open'
import { writeBytesSafely } from '../files/safeWrite'

export interface Swapped {
  /** The restored files out, the set-aside ones back: the database as before. */
  rollback(): void
  /** The restored database opened: the set-aside files go (the safety backup keeps them). */
  finish(): void
}

const ASIDE = '.before-restore'

/**
 * Puts a checked snapshot and its key file in place of a closed database. The old files
 * are renamed aside, not deleted, until the new database has opened.
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
  const aside = [db, keysPath].filter((f) => existsSync(f))
  for (const f of aside) renameSync(f, f + ASIDE)
  const putBack = () => {
    for (const f of [db, `${db}-wal`, `${db}-shm`, keysPath]) rmSync(f, { force: true })
    for (const f of aside) renameSync(f + ASIDE, f)
  }
  try {
    renameSync(snapshot, db)
    if (keys)
      writeBytesSafely(keysPath, Buffer.from(JSON.stringify(keys, null, 2)), { overwrite: true })
  } catch (e) {
    putBack()
    throw e
  }
  return {
    rollback: putBack,
    finish: () => {
      for (const f of aside) rmSync(f + ASIDE, { force: true })
    },
  }
}
