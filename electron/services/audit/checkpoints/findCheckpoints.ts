import type BetterSqlite3 from 'better-sqlite3'
import { readdirSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import {
  CHECKPOINT_FORMAT,
  signedCheckpointSchema,
  type SignedCheckpoint,
} from '../../../../shared/audit/checkpoint'
import {
  MANIFEST_ENTRY,
  RECEIPT_FORMAT,
  signedFileSchema,
} from '../../../../shared/packages/format'
import { readBackupCheckpoint } from '../../backup/backupCheckpoint'
import { isEnvelope, readEnvelopeHeader } from '../../packages/crypto/envelope'
import { inflateEntry, readZip } from '../../packages/zip/packageZip'
import type { FoundCheckpoint } from './checkCheckpoints'

/** Every checkpoint the database keeps, oldest first. */
export function databaseCheckpoints(sqlite: BetterSqlite3.Database): FoundCheckpoint[] {
  const rows = sqlite
    .prepare('SELECT n, body, signature FROM audit_checkpoints ORDER BY n')
    .all() as (SignedCheckpoint & { n: number })[]
  return rows.map((r) => ({
    source: 'database',
    origin: String(r.n),
    signed: { body: r.body, signature: r.signature },
  }))
}

/** The checkpoint the upper unit echoed in the newest receipt that carries one. */
export function receiptCheckpoint(sqlite: BetterSqlite3.Database): FoundCheckpoint[] {
  const bodies = sqlite
    .prepare("SELECT id, body FROM receipts WHERE direction = 'received' ORDER BY at DESC")
    .all() as { id: string; body: string }[]
  for (const r of bodies) {
    const signed = echoed(JSON.parse(r.body))
    if (signed) return [{ source: 'receipt', origin: r.id, signed }]
  }
  return []
}

/**
 * The newest backup in the app's backups folder that carries a checkpoint (backups made
 * before checkpoints existed carry none and are passed over).
 */
export function latestBackupCheckpoint(backupsDir: string, key: Buffer | null): FoundCheckpoint[] {
  let files: { name: string; mtime: number }[]
  try {
    files = readdirSync(backupsDir)
      .filter((name) => name.endsWith('.db') || name.endsWith('.xlbak'))
      .map((name) => ({ name, mtime: statSync(join(backupsDir, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime)
  } catch {
    return []
  }
  for (const { name } of files) {
    try {
      const signed = readBackupCheckpoint(join(backupsDir, name), key)
      if (signed) return [{ source: 'backup', origin: name, signed }]
    } catch {
      // A damaged or foreign file in the folder: the next backup may still speak.
    }
  }
  return []
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')
const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1')

/**
 * The checkpoint a file given to verify carries: a package (sealed: the clear envelope
 * header; plain: the manifest), a receipt (the echoed checkpoint), a backup, or an
 * exported checkpoint file. `signed` is null when the file holds none.
 */
export function fileCheckpoint(
  fileName: string,
  bytes: Buffer,
  key: Buffer | null,
): FoundCheckpoint {
  const origin = basename(fileName)
  try {
    if (isEnvelope(bytes)) {
      const { header } = readEnvelopeHeader(bytes)
      return { source: 'package', origin, signed: asSigned(header.checkpoint) }
    }
    if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
      const manifest = readZip(bytes).find((e) => e.name === MANIFEST_ENTRY)
      const parsed = manifest
        ? (JSON.parse(inflateEntry(manifest).toString('utf8')) as { auditCheckpoint?: unknown })
        : null
      return { source: 'package', origin, signed: asSigned(parsed?.auditCheckpoint) }
    }
    if (bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
      return { source: 'backup', origin, signed: readBackupCheckpoint(bytes, null) }
    }
    const text = bytes.toString('utf8').trimStart()
    if (text.startsWith('{')) return jsonFileCheckpoint(origin, JSON.parse(text))
    // Neither a package, nor plain, nor JSON: one of our encrypted backups, or noise.
    return { source: 'backup', origin, signed: readBackupCheckpoint(bytes, key) }
  } catch {
    return { source: 'file', origin, signed: null }
  }
}

function jsonFileCheckpoint(origin: string, json: unknown): FoundCheckpoint {
  const file = signedFileSchema.parse(json)
  const body = JSON.parse(file.body) as { format?: unknown }
  if (body.format === RECEIPT_FORMAT) return { source: 'receipt', origin, signed: echoed(body) }
  if (body.format === CHECKPOINT_FORMAT) {
    return { source: 'file', origin, signed: asSigned(json) }
  }
  return { source: 'file', origin, signed: null }
}

function echoed(receiptBody: unknown): SignedCheckpoint | null {
  return asSigned((receiptBody as { senderCheckpoint?: unknown } | null)?.senderCheckpoint)
}

function asSigned(value: unknown): SignedCheckpoint | null {
  const parsed = signedCheckpointSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
