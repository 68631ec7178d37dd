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

/** At most this many broken rows are named; the count covers them all. */
export const MAX_NAMED_BREAKS = 1000

export interface ChainVerdict {
  ok: boolean
  checked: number
  firstBrokenSeq: number | null
  /** Every row whose link or own hash does not hold, in order (up to MAX_NAMED_BREAKS). */
  brokenSeqs: number[]
  brokenCount: number
}

/**
 * Walks the rows in order and names every row that does not hold: its stored prev_hash is
 * not the hash of the row before it (a row removed, inserted or forked), or its own hash
 * does not follow from its fields (a row edited). After a break the walk goes on from the
 * row as stored, so one edit is one break and everything after it is still checked.
 */
export function verifyChain(
  rows: Iterable<AuditFields & { seq: number; prev_hash: string; hash: string }>,
): ChainVerdict {
  let prev = GENESIS_HASH
  let checked = 0
  const brokenSeqs: number[] = []
  let brokenCount = 0
  for (const row of rows) {
    checked++
    if (row.prev_hash !== prev || auditHash(row.prev_hash, row) !== row.hash) {
      brokenCount++
      if (brokenSeqs.length < MAX_NAMED_BREAKS) brokenSeqs.push(row.seq)
    }
    prev = row.hash
  }
  return {
    ok: brokenCount === 0,
    checked,
    firstBrokenSeq: brokenSeqs[0] ?? null,
    brokenSeqs,
    brokenCount,
  }
}
