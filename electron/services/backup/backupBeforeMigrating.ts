import type BetterSqlite3 from 'better-sqlite3'
import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import { readKeySlots } from '../../../db/atRest/keyRing'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { writeFileSafely } from '../files/safeWrite'
import { backupDatabase, backupFailure, type BackupOutcome } from './backup'
import { sealBackup } from './backupBody'
import { databaseFacts } from './backupFacts'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { XLBAK_EXTENSION } from './xlbakFile'

export interface BeforeMigratingOptions {
  appVersion: string
  nowMs: number
  /** For tests: how much room the destination has. */
  freeSpace?: FreeSpaceProbe
}

/**
 * The backup an open takes before it migrates: nothing else writes then (one instance per
 * data directory, the app not yet at work), so once the WAL is folded in, the database file
 * itself is the snapshot, encrypted under the key the .xlbak carries. Its bytes go straight
 * into the .xlbak, hashed on the way in and read back against that hash before the final
 * name. No intermediate copy and no check of the copy: at a province's gigabyte, decrypting
 * and checking every page took most of the open (scripts/bench/README.md, "Data at rest"),
 * for a file the open had just read as sound; a restore still checks (checkCopy.ts) what
 * it takes out of a backup before it swaps anything in. Should the WAL not fold in (another
 * process reading), the online backup serves.
 */
export async function backupBeforeMigrating(
  sqlite: BetterSqlite3.Database,
  key: Buffer | null,
  outPath: string,
  options: BeforeMigratingOptions,
): Promise<BackupOutcome> {
  const [folded] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  if (folded?.busy !== 0)
    return backupDatabase(sqlite, key, outPath, {
      kind: 'beforeMigration',
      appVersion: options.appVersion,
      nowMs: options.nowMs,
      target: { createFolder: true },
      ...(options.freeSpace ? { freeSpace: options.freeSpace } : {}),
    })
  const dbPath = sqlite.name
  const folder = dirname(outPath)
  const needed = statSync(dbPath).size + (1 << 20)
  const free = (options.freeSpace ?? freeSpace)(folder)
  if (free < needed) throw new AppError('IO_ERROR', backupsText.diskFull(folder, needed, free))
  const keys = key ? readKeySlots(dirname(dbPath)) : null
  try {
    const manifest = await writeFileSafely(
      outPath,
      { createFolder: true, extension: XLBAK_EXTENSION },
      (tmp) =>
        sealBackup(
          tmp,
          dbPath,
          {
            kind: 'beforeMigration',
            createdAt: new Date(options.nowMs).toISOString(),
            ...databaseFacts(sqlite),
            schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
            appVersion: options.appVersion,
          },
          keys,
          key,
        ),
    )
    return { path: outPath, bytes: statSync(outPath).size, manifest }
  } catch (e) {
    throw backupFailure(e, folder)
  }
}
