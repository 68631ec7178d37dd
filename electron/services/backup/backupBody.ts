import { createHash } from 'node:crypto'
import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { openSqlite } from '../../../db/atRest/cipher'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import type { BackupKind, BackupManifest, BackupStage } from '../../../shared/contract/backups'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import { embedCheckpoint } from './backupCheckpoint'
import { checkCopy } from './checkCopy'
import { databaseFacts } from './backupFacts'
import { copyPinned } from './pinnedCopy'
import { checkXlbakBody, manifestMac, writeXlbak } from './xlbakFile'

/**
 * Everything one backup's file work needs, as plain data: it crosses to a worker thread
 * (backupWorker.ts), which opens its own keyed connection to the database.
 */
export interface BackupJob {
  dbPath: string
  key: Uint8Array | null
  /** The .xlbak's temporary name; the caller gives it its final name once this returns. */
  xlbakPath: string
  /** Where the bare snapshot is written first (the caller removes it, whatever happens). */
  snapshotPath: string
  kind: BackupKind
  appVersion: string
  nowMs: number
  checkpoint: SignedCheckpoint | null
  keys: KeySlotsFile | null
  /**
   * The app's connection holds the write lock for the whole backup (the backup before an
   * import or a package, made while its transaction writes and commits only after it): no
   * commit can come in between, and waiting for the lock would only wait for ourselves.
   */
  writerHeld: boolean
  /**
   * Before a migration (backupBeforeMigrating.ts): the caller holds the database file still
   * (pinnedCopy.ts) while the migration goes on into the WAL, and this job runs in the
   * background. The snapshot is a copy of the held file's bytes, described but not checked
   * (a restore checks such a backup), and the worker gives the .xlbak its final name itself
   * (heldFileBackup.ts), so that a close waiting on `state` knows it is there.
   */
  heldFile?: HeldFile
}

/** The held file's size, where its backup goes, and how far it is (HELD_STATE). */
export interface HeldFile {
  bytes: number
  finalPath: string
  /** One Int32 over a SharedArrayBuffer: HELD_STATE, read by the closing thread. */
  state: Int32Array
}

/** Told as each step starts, and how far the read-back is (bytes read of `total`). */
export interface BackupSteps {
  stage(stage: BackupStage): void
  verified?(done: number, total: number): void
}

/** The snapshot's path a worker or a caller writes it to: beside the temporary .xlbak. */
export function snapshotPathOf(xlbakPath: string): string {
  return `${xlbakPath}.db`
}

/**
 * When the WAL cannot be folded in for a pinned copy (pinnedCopy.ts):
 * VACUUM INTO on a connection of its own (SQLite3MultipleCiphers writes it under the same
 * key; its backup API refuses an encrypted source). The app's connection may be inside a
 * write transaction, where VACUUM cannot run; this one reads the last committed state.
 */
function vacuumInto(job: BackupJob, key: Buffer | null): void {
  const source = openSqlite(job.dbPath, key, { fileMustExist: true })
  try {
    source.prepare('VACUUM INTO ?').run(job.snapshotPath)
  } finally {
    source.close()
  }
}

/**
 * The snapshot, checked (checkCopy.ts) and described by its own counts, then the
 * .xlbak (header + key file + snapshot) written and read back against its checksum. Runs
 * in a worker thread, or in the caller's when `takeSnapshot` says how (before a migration).
 */
export function writeBackupBody(
  job: BackupJob,
  steps: BackupSteps,
  takeSnapshot?: (to: string) => void,
): BackupManifest {
  const key = job.key ? Buffer.from(job.key) : null
  steps.stage('snapshot')
  if (takeSnapshot) takeSnapshot(job.snapshotPath)
  else if (!copyPinned(job.dbPath, key, job.snapshotPath, job.writerHeld)) vacuumInto(job, key)
  steps.stage('check')
  const facts = checkSnapshot(job.snapshotPath, key, job.checkpoint, !job.heldFile)
  const described = {
    kind: job.kind,
    createdAt: new Date(job.nowMs).toISOString(),
    ...facts,
    appVersion: job.appVersion,
  }
  return sealBackup(job.xlbakPath, job.snapshotPath, described, job.keys, key, steps)
}

/**
 * The .xlbak at `xlbakPath`: the snapshot's length and checksum added to what describes it,
 * the header MAC'd under the database key, the snapshot's bytes after it, and all of it read
 * back against the checksum. Before a migration the snapshot is the checkpointed database
 * file itself (backupBeforeMigrating.ts).
 */
export function sealBackup(
  xlbakPath: string,
  snapshotPath: string,
  described: Omit<BackupManifest, 'dbBytes' | 'dbSha256'>,
  keys: KeySlotsFile | null,
  key: Buffer | null,
  steps?: BackupSteps,
): BackupManifest {
  const manifest: BackupManifest = {
    ...described,
    dbBytes: statSync(snapshotPath).size,
    dbSha256: sha256Of(snapshotPath),
  }
  steps?.stage('write')
  writeXlbak(
    xlbakPath,
    { format: 'xlbak', version: 1, manifest, keys, mac: manifestMac(manifest, key) },
    snapshotPath,
  )
  steps?.stage('verify')
  checkXlbakBody(xlbakPath, undefined, steps?.verified)
  return manifest
}

function sha256Of(path: string): string {
  const hash = createHash('sha256')
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(1 << 20)
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0;) hash.update(buf.subarray(0, n))
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

/**
 * The copy on its own: one file (no WAL), checkpoint in, checked (checkCopy.ts); what it
 * holds. Unchecked (a held file's bytes before a migration), it is only read, so it stays
 * the file's bytes exactly.
 */
function checkSnapshot(
  path: string,
  key: Buffer | null,
  checkpoint: SignedCheckpoint | null,
  check: boolean,
) {
  const copy = openSqlite(path, key)
  try {
    if (check) {
      copy.pragma('journal_mode = DELETE')
      if (checkpoint) embedCheckpoint(copy, checkpoint)
      const verdict = checkCopy(copy)
      if (verdict !== 'ok') throw new AppError('IO_ERROR', errorText.backupIntegrity(verdict))
    }
    // The snapshot's own version: a backup before a migration is of the version before.
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number
    return { ...databaseFacts(copy), schemaVersion }
  } finally {
    copy.close()
  }
}
