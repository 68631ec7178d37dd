import type BetterSqlite3 from 'better-sqlite3'
import { maskSensitiveText } from '../../../shared/privacy/mask'
import { auditHash, GENESIS_HASH, verifyChain, type AuditFields } from './hashChain'

export type AuditEntry = Omit<AuditFields, 'at' | 'detail'> & { detail?: string | null }

/**
 * Appends to the hash-chained audit log. Synchronous on the raw handle so that it joins
 * whatever transaction the caller has open on the same connection.
 */
export function appendAudit(sqlite: BetterSqlite3.Database, entry: AuditEntry, at: string): number {
  const last = sqlite.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string } | undefined
  const prev = last?.hash ?? GENESIS_HASH
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

export function verifyAuditLog(sqlite: BetterSqlite3.Database) {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<
    AuditFields & { seq: number; prev_hash: string; hash: string }
  >
  return verifyChain(rows)
}
