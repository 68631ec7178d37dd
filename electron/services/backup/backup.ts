import type BetterSqlite3 from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { openSqlite } from '../../../db/atRest/cipher'
import { readKeySlots } from '../../../db/atRest/keyRing'
import type { KeySlotsFile } from '../../../db/atRest/keySlots'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import type { BackupKind, BackupManifest } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import { writeFileSafely, type SafeWriteOptions } from '../files/safeWrite'
import { embedCheckpoint } from './backupCheckpoint'
import { databaseFacts } from './backupFacts'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { checkXlbakBody, manifestMac, writeXlbak, XLBAK_EXTENSION } from './xlbakFile'

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
   * How the snapshot is taken when VACUUM INTO on a second connection is not the best way
   * (before a migration nothing else writes, and a file copy is 3–4× faster: db/open.ts).
   */
  takeSnapshot?: (to: string) => void
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0
}

/** The snapshot, then the .xlbak beside it: the destination needs room for both at once. */
function bytesNeeded(dbPath: string): number {
  const live = fileBytes(dbPath) + fileBytes(`${dbPath}-wal`)
  return 2 * live + (1 << 20)
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
 * The .xlbak at `tmp`: the snapshot's length and checksum added to what describes it, the
 * header MAC'd under the database key, the snapshot's bytes after it, and all of it read
 * back against the checksum.
 */
export function sealBackup(
  tmp: string,
  snapshot: string,
  described: Omit<BackupManifest, 'dbBytes' | 'dbSha256'>,
  keys: KeySlotsFile | null,
  key: Buffer | null,
): BackupManifest {
  const manifest = { ...described, dbBytes: statSync(snapshot).size, dbSha256: sha256Of(snapshot) }
  writeXlbak(
    tmp,
    { format: 'xlbak', version: 1, manifest, keys, mac: manifestMac(manifest, key) },
    snapshot,
  )
  checkXlbakBody(tmp)
  return manifest
}

/**
 * A consistent snapshot by VACUUM INTO on a connection of its own (SQLite3MultipleCiphers
 * writes it under the same key; its backup API refuses an encrypted source), checked with
 * integrity_check and described by its own counts; then the .xlbak (header + key file +
 * snapshot) written to a temporary name, read back against its checksum, and only then
 * given its final name. A full disk or a bad copy never leaves a file that looks like a
 * good backup, and the database itself is only read.
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
  const needed = bytesNeeded(dbPath)
  const free = (options.freeSpace ?? freeSpace)(folder)
  if (free < needed) throw new AppError('IO_ERROR', backupsText.diskFull(folder, needed, free))
  const keys = key ? readKeySlots(dirname(dbPath)) : null
  // The app's connection may be inside a write transaction (audited procedures begin
  // IMMEDIATE), where VACUUM cannot run; this one reads the last committed state.
  const source = options.takeSnapshot ? null : openSqlite(dbPath, key, { fileMustExist: true })
  const take = options.takeSnapshot ?? ((to: string) => source!.prepare('VACUUM INTO ?').run(to))
  let snapshot: string | null = null
  try {
    const manifest = await writeFileSafely(
      outPath,
      { ...options.target, extension: XLBAK_EXTENSION },
      (tmp) => {
        snapshot = `${tmp}.db`
        take(snapshot)
        const facts = checkSnapshot(snapshot, key, options.checkpoint ?? null)
        const described = {
          kind: options.kind,
          createdAt: new Date(options.nowMs).toISOString(),
          ...facts,
          appVersion: options.appVersion,
        }
        return sealBackup(tmp, snapshot, described, keys, key)
      },
    )
    return { path: outPath, bytes: statSync(outPath).size, manifest }
  } catch (e) {
    throw backupFailure(e, folder)
  } finally {
    source?.close()
    if (snapshot) rmSync(snapshot, { force: true })
  }
}

/** The copy on its own: one file (no WAL), checkpoint in, integrity ok; what it holds. */
function checkSnapshot(path: string, key: Buffer | null, checkpoint: SignedCheckpoint | null) {
  const copy = openSqlite(path, key)
  try {
    copy.pragma('journal_mode = DELETE')
    if (checkpoint) embedCheckpoint(copy, checkpoint)
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[]
    const verdict = rows.map((r) => r.integrity_check).join('; ')
    if (verdict !== 'ok') throw new AppError('IO_ERROR', errorText.backupIntegrity(verdict))
    // The snapshot's own version: a backup before a migration is of the version before.
    const schemaVersion = copy.pragma('user_version', { simple: true }) as number
    return { ...databaseFacts(copy), schemaVersion }
  } finally {
    copy.close()
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
