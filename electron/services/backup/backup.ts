import type BetterSqlite3 from 'better-sqlite3'
import { existsSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { readKeySlots } from '../../../db/atRest/keyRing'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import type { BackupKind, BackupManifest } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import { writeFileSafely, type SafeWriteOptions } from '../files/safeWrite'
import { snapshotPathOf, writeBackupBody, type BackupJob, type BackupSteps } from './backupBody'
import { backupMeter, type BackupProgress } from './backupMeter'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { runBackupWorker } from './runBackupWorker'
import { XLBAK_EXTENSION } from './xlbakFile'

export interface BackupOutcome {
  path: string
  bytes: number
  manifest: BackupManifest
}

export interface BackupOptions {
  kind: BackupKind
  appVersion: string
  /** When the backup is made (the clock's ms): its manifest date and nothing else. */
  nowMs: number
  /** Whether the folder may be made (the app's own backups folder). */
  target?: SafeWriteOptions
  /** The audit checkpoint taken for this backup; it travels inside the snapshot. */
  checkpoint?: SignedCheckpoint | null
  /** For tests: how much room the destination has. */
  freeSpace?: FreeSpaceProbe
  /**
   * How the snapshot is taken, instead of the pinned copy (pinnedCopy.ts) in a worker; it
   * then runs on the caller's thread (scripts/bench/backupEventLoop.ts measures the difference).
   */
  takeSnapshot?: (to: string) => void
  /** Each step and how far it is, as the backup goes (a progress bar). */
  onProgress?: (p: BackupProgress) => void
  /** Stops the worker: the backup fails as CANCELLED, leaving nothing behind. */
  signal?: AbortSignal
}

/**
 * Below this size a backup's file work runs on the caller's thread: ~10–18 ms there (a new
 * city's encrypted database before its first package, 0.65 MB: 10.5 ms), where starting its
 * worker took ~50 ms and ~80 ms of the other core — on two cores, time taken from the work
 * the backup runs beside (a 5,000-person package's apply: ~15 ms, and its spread).
 */
const IN_THREAD_BELOW_BYTES = 1 << 20

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0
}

/** The snapshot, then the .xlbak beside it: the destination needs room for both at once. */
function bytesNeeded(dbPath: string): number {
  const live = fileBytes(dbPath) + fileBytes(`${dbPath}-wal`)
  return 2 * live + (1 << 20)
}

/** What the snapshot will weigh, for the progress bar: the database's pages. */
function databaseBytes(sqlite: BetterSqlite3.Database): number {
  const pages = sqlite.pragma('page_count', { simple: true }) as number
  return pages * (sqlite.pragma('page_size', { simple: true }) as number)
}

/**
 * A consistent snapshot (backupBody.ts), checked (checkCopy.ts) and described by its
 * own counts; then the .xlbak (header + key file + snapshot) written to a temporary name,
 * read back against its checksum, and only then given its final name. A full disk or a bad
 * copy never leaves a file that looks like a good backup, and the database itself is only
 * read. The file work runs in a worker thread, so the process goes on answering; with
 * `takeSnapshot` (before a migration, when nothing else runs), or for a database of less
 * than IN_THREAD_BELOW_BYTES, it runs here.
 */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  /** The live database's key (null: a plain database from before encryption). */
  key: Buffer | null,
  outPath: string,
  options: BackupOptions,
): Promise<BackupOutcome> {
  const dbPath = sqlite.name
  const folder = dirname(outPath)
  const report = options.onProgress ?? (() => undefined)
  report({ stage: 'space', percent: 0 })
  const needed = bytesNeeded(dbPath)
  const free = (options.freeSpace ?? freeSpace)(folder)
  if (free < needed) throw new AppError('IO_ERROR', backupsText.diskFull(folder, needed, free))
  const keys = key ? readKeySlots(dirname(dbPath)) : null
  // Named once the temporary .xlbak is; until then there is nothing to look at or remove.
  const files = { snapshot: '', xlbak: '' }
  const bytes = databaseBytes(sqlite)
  const meter = backupMeter(report, bytes, files)
  try {
    const manifest = await writeFileSafely(
      outPath,
      { ...options.target, extension: XLBAK_EXTENSION },
      (tmp) => {
        Object.assign(files, { snapshot: snapshotPathOf(tmp), xlbak: tmp })
        const job: BackupJob = {
          dbPath,
          key,
          xlbakPath: tmp,
          snapshotPath: files.snapshot,
          kind: options.kind,
          appVersion: options.appVersion,
          nowMs: options.nowMs,
          checkpoint: options.checkpoint ?? null,
          keys,
          // Every transaction the app opens on its connection is BEGIN IMMEDIATE
          // (db/transactionalSqliteAdapter.ts): inside one, the write lock is already ours.
          writerHeld: sqlite.inTransaction,
        }
        const steps: BackupSteps = {
          stage: (stage) => meter.enter(stage),
          verified: (done, total) => meter.show(done / Math.max(1, total)),
        }
        if (options.takeSnapshot) return writeBackupBody(job, steps, options.takeSnapshot)
        if (bytes >= IN_THREAD_BELOW_BYTES) return runBackupWorker(job, steps, options.signal)
        if (options.signal?.aborted) throw new AppError('CANCELLED')
        return writeBackupBody(job, steps)
      },
    )
    const outcome = { path: outPath, bytes: statSync(outPath).size, manifest }
    meter.finish('verify')
    return outcome
  } catch (e) {
    throw backupFailure(e, folder)
  } finally {
    meter.stop()
    if (files.snapshot) rmSync(files.snapshot, { force: true })
  }
}

export function backupFailure(e: unknown, folder: string): AppError {
  if (e instanceof AppError) return e
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOSPC' || code === 'EFBIG' || /SQLITE_FULL|disk is full/i.test(String(e)))
    return new AppError('IO_ERROR', backupsText.diskFullDuring(folder))
  return new AppError('IO_ERROR', errorText.backupFailed(String((e as Error).message ?? e)))
}

/**
 * `xinlian-20261126-081500-daily.xlbak`, local time, so staff recognise the day; the kind in
 * the name keeps two backups of the same second apart, and `n` two of the same kind.
 */
export function backupFileName(date: Date, kind: BackupKind = 'manual', n = 1): string {
  const p = (v: number) => String(v).padStart(2, '0')
  const day = `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}`
  const time = `${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`
  return `xinlian-${day}-${time}${n > 1 ? `-${n}` : ''}-${kind}${XLBAK_EXTENSION}`
}
