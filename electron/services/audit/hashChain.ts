import { createHash } from 'node:crypto'

export interface AuditFields {
  at: string
  user_id: string | null
  username: string | null
  action: string
  object_type: string | null
  object_id: string | null
  result: 'ok' | 'denied' | 'failed'
  detail: string | null
}

/** The first row's predecessor. */
export const GENESIS_HASH = '0'.repeat(64)

/** hash = SHA-256(prev_hash ‖ canonical JSON of the row's fields, in a fixed order). */
export function auditHash(prevHash: string, f: AuditFields): string {
  const canonical = JSON.stringify([
    f.at,
    f.user_id,
    f.username,
    f.action,
    f.object_type,
    f.object_id,
    f.result,
    f.detail,
  ])
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex')
}

/** Walks the rows in order; the first whose link or hash does not hold is named. */
export function verifyChain(
  rows: Iterable<AuditFields & { seq: number; prev_hash: string; hash: string }>,
): { ok: boolean; checked: number; firstBrokenSeq: number | null } {
  let prev = GENESIS_HASH
  let checked = 0
  for (const row of rows) {
    checked++
    if (row.prev_hash !== prev || auditHash(prev, row) !== row.hash) {
      return { ok: false, checked, firstBrokenSeq: row.seq }
    }
    prev = row.hash
  }
  return { ok: true, checked, firstBrokenSeq: null }
}
