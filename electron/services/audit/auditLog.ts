import type BetterSqlite3 from 'better-sqlite3'
import { maskSensitiveText } from '../../../shared/privacy/mask'
import { auditHash, GENESIS_HASH, verifyChain, type AuditFields } from './hashChain'

export type AuditEntry = Omit<AuditFields, 'at' | 'detail'> & { detail?: string | null }

/**
 * Appends to the hash-chained audit log. Synchronous on the raw handle so that it joins
 * whatever transaction the caller has open on the same connection (those begin IMMEDIATE);
 * alone, it opens its own BEGIN IMMEDIATE, so that no other process can append between the
 * read of the last hash and the insert that links to it — two rows on one predecessor would
 * fork the chain.
 */
export function appendAudit(sqlite: BetterSqlite3.Database, entry: AuditEntry, at: string): number {
  return sqlite.transaction(() => appendLinked(sqlite, entry, at)).immediate()
}

function appendLinked(sqlite: BetterSqlite3.Database, entry: AuditEntry, at: string): number {
  const prev = lastAuditHash(sqlite)
  // Details are free text written by handlers: mask anything that looks like an ID or phone.
  const fields: AuditFields = {
    ...entry,
    detail: entry.detail ? maskSensitiveText(entry.detail) : null,
    at,
  }
  const info = sqlite
    .prepare(
      `INSERT INTO audit_log (at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash)
       VALUES (@at, @user_id, @username, @action, @object_type, @object_id, @result, @detail, @prev, @hash)`,
    )
    .run({ ...fields, prev, hash: auditHash(prev, fields) })
  return Number(info.lastInsertRowid)
}

/** The hash the next row links to. Read it only inside a write-locked transaction. */
export function lastAuditHash(sqlite: BetterSqlite3.Database): string {
  const last = sqlite
    .prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')
    .pluck()
    .get() as string | undefined
  return last ?? GENESIS_HASH
}

export function verifyAuditLog(sqlite: BetterSqlite3.Database) {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<
    AuditFields & { seq: number; prev_hash: string; hash: string }
  >
  return verifyChain(rows)
}
