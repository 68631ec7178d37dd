import type BetterSqlite3 from 'better-sqlite3'
import { maskSensitiveText } from '../../../shared/privacy/mask'
import { lastAuditHash } from '../audit/auditLog'
import { auditHash, type AuditFields } from '../audit/hashChain'

export interface AuditActor {
  userId: string | null
  username: string | null
}

/**
 * Audit rows for each person an import or its rollback touched, so that a person's history
 * shows where the record came from. The same hash chain as appendAudit, with the statement
 * compiled once and the last hash carried along instead of read back per row. Use inside the
 * caller's transaction: it begins IMMEDIATE, so no other process appends meanwhile.
 */
export function personAuditTrail(
  sqlite: BetterSqlite3.Database,
  actor: AuditActor,
  action: string,
  now: () => string,
) {
  const insert = sqlite.prepare(
    `INSERT INTO audit_log (at, user_id, username, action, object_type, object_id, result, detail, prev_hash, hash)
     VALUES (?, ?, ?, ?, 'person', ?, 'ok', ?, ?, ?)`,
  )
  if (!sqlite.inTransaction) throw new Error("personAuditTrail needs the caller's transaction")
  let prev = lastAuditHash(sqlite)
  return (personId: string, detail: string) => {
    const fields: AuditFields = {
      at: now(),
      user_id: actor.userId,
      username: actor.username,
      action,
      object_type: 'person',
      object_id: personId,
      result: 'ok',
      detail: maskSensitiveText(detail),
    }
    const hash = auditHash(prev, fields)
    insert.run(
      fields.at,
      fields.user_id,
      fields.username,
      action,
      personId,
      fields.detail,
      prev,
      hash,
    )
    prev = hash
  }
}
