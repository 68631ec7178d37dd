import type BetterSqlite3 from 'better-sqlite3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PRIVATE_FILE_MODE } from '../../../db/privateFiles'
import { isPlainDatabaseFile, openSqlite } from '../../../db/atRest/cipher'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import { checkXlbakBody, isXlbak } from './xlbakFile'

/**
 * How a backup carries its audit checkpoint — the one place that knows, so a new backup
 * format changes only these two functions. A backup's snapshot is a SQLite copy (inside an
 * .xlbak, or a bare .db from older versions): the checkpoint goes into its own
 * audit_checkpoints table. It is written into the copy explicitly
 * because the copy reads the last committed state, and the checkpoint may still sit in the
 * backup call's open transaction.
 */
export function embedCheckpoint(copy: BetterSqlite3.Database, checkpoint: SignedCheckpoint): void {
  const body = JSON.parse(checkpoint.body) as {
    seq: number
    hash: string
    at: string
    reason: string
    unitCode: string
    keyFingerprint: string
  }
  const present = copy
    .prepare('SELECT 1 FROM audit_checkpoints WHERE body = ? AND signature = ?')
    .get(checkpoint.body, checkpoint.signature)
  if (present) return
  copy
    .prepare(
      `INSERT INTO audit_checkpoints (reason, local_day, seq, hash, at, unit_code, key_fingerprint, body, signature)
       VALUES (?, substr(?, 1, 10), ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      body.reason,
      body.at,
      body.seq,
      body.hash,
      body.at,
      body.unitCode,
      body.keyFingerprint,
      checkpoint.body,
      checkpoint.signature,
    )
}

/** The newest checkpoint a backup file (a path, or its bytes) carries; null if none. */
export function readBackupCheckpoint(
  file: string | Buffer,
  key: Buffer | null,
): SignedCheckpoint | null {
  if (typeof file !== 'string')
    return withBytesAsFile(file, (path) => readBackupCheckpoint(path, key))
  if (isXlbak(file)) return withSnapshotOf(file, (path) => readBackupCheckpoint(path, key))
  // A backup made before encryption is plain; ours are under the database's key.
  const db = openSqlite(file, isPlainDatabaseFile(file) ? null : key, {
    readonly: true,
    fileMustExist: true,
  })
  try {
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_checkpoints'")
      .get()
    if (!hasTable) return null
    const row = db
      .prepare('SELECT body, signature FROM audit_checkpoints ORDER BY n DESC LIMIT 1')
      .get() as SignedCheckpoint | undefined
    return row ?? null
  } finally {
    db.close()
  }
}

/** The database inside an .xlbak, checked against its checksum, as a private temp file. */
function withSnapshotOf<T>(xlbak: string, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-verify-'))
  try {
    const path = join(dir, 'backup.db')
    checkXlbakBody(xlbak, path)
    return read(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** An encrypted database cannot be read from memory: the bytes go to a private temp file. */
function withBytesAsFile<T>(bytes: Buffer, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'xinlian-verify-'))
  try {
    const path = join(dir, 'backup.db')
    writeFileSync(path, bytes, { mode: PRIVATE_FILE_MODE })
    return read(path)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
