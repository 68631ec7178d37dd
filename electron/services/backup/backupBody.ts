import type BetterSqlite3 from 'better-sqlite3'
import { statSync } from 'node:fs'
import type { MessagePort } from 'node:worker_threads'
import { openSqlite } from '../../../db/atRest/cipher'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import type { BackupKind, BackupManifest, BackupStage } from '../../../shared/contract/backups'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import { embedCheckpoint } from './backupCheckpoint'
import { checkCopy } from './checkCopy'
import { databaseFacts } from './backupFacts'
import { errorFromWorker } from '../workers/workerError'
import { hashAndCheckPages, type PagePass } from './pageHmacs'
import type { PagePassJob, PagePassMessage } from './pagePassWorker'
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
  /**
   * The port to a page-pass worker its caller started beside this one (pagePassBeside.ts):
   * the pass then runs there, beside quick_check. Without it the pass runs first, on this
   * thread.
   */
  pagePass?: MessagePort
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
 * The snapshot, checked (its page HMACs, then checkCopy.ts) and described by its own counts,
 * then the .xlbak (header + key file + snapshot) written and read back against its checksum.
 * Runs in a worker thread, or in the caller's when `takeSnapshot` says how. A held file's
 * bytes before a migration (BackupJob.heldFile) are described, not checked.
 */
export async function writeBackupBody(
  job: BackupJob,
  steps: BackupSteps,
  takeSnapshot?: (to: string) => void,
): Promise<BackupManifest> {
  const key = job.key ? Buffer.from(job.key) : null
  steps.stage('snapshot')
  if (takeSnapshot) takeSnapshot(job.snapshotPath)
  else if (!copyPinned(job.dbPath, key, job.snapshotPath, job.writerHeld)) vacuumInto(job, key)
  steps.stage('check')
  const { sha256, ...facts } = job.heldFile
    ? { ...describeSnapshot(job.snapshotPath, key), sha256: undefined }
    : await checkSnapshot(job.snapshotPath, key, job.checkpoint, job.pagePass)
  const described = {
    kind: job.kind,
    createdAt: new Date(job.nowMs).toISOString(),
    ...facts,
    appVersion: job.appVersion,
  }
  return sealBackup(job.xlbakPath, job.snapshotPath, described, job.keys, key, steps, sha256)
}

/**
 * The .xlbak at `xlbakPath`: the snapshot's length and checksum added to what describes it,
 * the header MAC'd under the database key, the snapshot's bytes after it, and all of it read
 * back against the checksum.
 */
export function sealBackup(
  xlbakPath: string,
  snapshotPath: string,
  described: Omit<BackupManifest, 'dbBytes' | 'dbSha256'>,
  keys: KeySlotsFile | null,
  key: Buffer | null,
  steps?: BackupSteps,
  /** The snapshot's SHA-256 when the check's pass over it has taken it already. */
  sha256?: string,
): BackupManifest {
  const manifest: BackupManifest = {
    ...described,
    dbBytes: statSync(snapshotPath).size,
    dbSha256: sha256 ?? hashAndCheckPages(snapshotPath, null).sha256,
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

/**
 * The copy on its own, checked, and what it holds. First made one file (no WAL) with the
 * checkpoint in; then one read of its bytes takes their SHA-256 and checks every page's
 * HMAC (pageHmacs.ts), while quick_check (checkCopy.ts) walks its structure on a read-only
 * connection that decrypts without checking the HMACs again — side by side on two threads
 * for a large copy, one after the other for a small one. Both must pass: the bytes hashed
 * are the bytes checked and the bytes the .xlbak carries, so a changed byte anywhere is
 * refused.
 */
async function checkSnapshot(
  path: string,
  key: Buffer | null,
  checkpoint: SignedCheckpoint | null,
  pagePass: MessagePort | undefined,
) {
  const copy = openSqlite(path, key)
  let pageSize: number
  try {
    // A scratch file until the .xlbak carrying its bytes is written and synced: syncing its
    // journal and pages here was four fsyncs of nothing that must survive (of the nine in a
    // package's apply, with the backup before it).
    copy.pragma('synchronous = OFF')
    copy.pragma('journal_mode = DELETE')
    if (checkpoint) embedCheckpoint(copy, checkpoint)
    pageSize = copy.pragma('page_size', { simple: true }) as number
  } finally {
    copy.close()
  }
  const pages = key ? { key, pageSize } : null
  const beside = pagePass ? passBeside(pagePass, { path, pages }) : null
  const first = beside ? null : refuseBadPage(hashAndCheckPages(path, pages))
  let checked: { verdict: string; facts: ReturnType<typeof describe> } | { error: unknown }
  try {
    const db = openSqlite(path, key, { readonly: true, fileMustExist: true }, 'unchecked')
    try {
      checked = { verdict: checkCopy(db), facts: describe(db) }
    } finally {
      db.close()
    }
  } catch (error) {
    checked = { error }
  }
  // Awaited whatever quick_check said: the thread must let go of the file before it is
  // removed, and a bad page (which quick_check may have met as a malformed one) is the
  // truer account of what is wrong.
  const pass = first ?? refuseBadPage(await beside!)
  if ('error' in checked) throw checked.error
  if (checked.verdict !== 'ok')
    throw new AppError('IO_ERROR', errorText.backupIntegrity(checked.verdict))
  return { ...checked.facts, sha256: pass.sha256 }
}

/** The page pass of `job` on the worker at the other end of `port`, answered there. */
function passBeside(port: MessagePort, job: PagePassJob): Promise<PagePass> {
  return new Promise((resolve, reject) => {
    port.once('message', (m: PagePassMessage) => {
      port.close()
      if (m.type === 'done') resolve(m.value)
      else reject(errorFromWorker(m))
    })
    // Its worker ended without an answer (closed, or the app stopping the backup).
    port.once('close', () => reject(new Error('the page pass stopped without an answer')))
    port.postMessage(job satisfies PagePassJob)
  })
}

function refuseBadPage(pass: PagePass): PagePass {
  if (pass.badPage !== null)
    throw new AppError('IO_ERROR', errorText.backupPageChanged(pass.badPage))
  return pass
}

/** What an unchecked copy (a held file's bytes) holds; only read, it stays those bytes. */
function describeSnapshot(path: string, key: Buffer | null) {
  const copy = openSqlite(path, key)
  try {
    return describe(copy)
  } finally {
    copy.close()
  }
}

/** The snapshot's own counts and version: a backup before a migration is of the version before. */
function describe(copy: BetterSqlite3.Database) {
  const schemaVersion = copy.pragma('user_version', { simple: true }) as number
  return { ...databaseFacts(copy), schemaVersion }
}
