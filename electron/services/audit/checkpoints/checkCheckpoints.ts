import type BetterSqlite3 from 'better-sqlite3'
import {
  checkpointBodySchema,
  type CheckpointBody,
  type CheckpointCheck,
  type CheckpointSource,
  type CheckpointStatus,
  type SignedCheckpoint,
} from '../../../../shared/audit/checkpoint'
import { verifyBytes } from '../../packages/crypto/keys'
import { GENESIS_HASH } from '../hashChain'

/** A checkpoint as found, before it is checked; `signed` null when the place held none. */
export interface FoundCheckpoint {
  source: CheckpointSource
  origin: string
  signed: SignedCheckpoint | null
}

/**
 * Each checkpoint against the chain as it is now. A checkpoint holds when its signature is
 * this unit's (a key it has or had) and the chain still has its hash at its seq: since every
 * hash covers all rows before it, one holding checkpoint vouches for the whole log up to it.
 */
export function checkCheckpoints(
  sqlite: BetterSqlite3.Database,
  found: readonly FoundCheckpoint[],
): CheckpointCheck[] {
  const ownKeys = new Map(
    (
      sqlite.prepare('SELECT fingerprint, sign_public FROM own_keys').all() as {
        fingerprint: string
        sign_public: string
      }[]
    ).map((k) => [k.fingerprint, k.sign_public]),
  )
  const selfCode = sqlite
    .prepare('SELECT code FROM units WHERE is_self = 1 AND deleted_at IS NULL')
    .pluck()
    .get() as string | undefined
  const hashAt = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck()
  const lastSeq =
    (sqlite.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number | null) ?? 0

  const chainStatus = (body: CheckpointBody): CheckpointStatus => {
    if (body.seq === 0) return body.hash === GENESIS_HASH ? 'holds' : 'rewritten'
    const hash = hashAt.get(body.seq) as string | undefined
    if (hash === undefined) return body.seq > lastSeq ? 'truncated' : 'missing'
    return hash === body.hash ? 'holds' : 'rewritten'
  }

  return found.map(({ source, origin, signed }) => {
    const body = parseBody(signed)
    if (!body || !signed) {
      return { source, origin, status: 'unreadable', seq: null, at: null, reason: null }
    }
    const base = { source, origin, seq: body.seq, at: body.at, reason: body.reason }
    if (!verifyBytes(body.signPublic, Buffer.from(signed.body, 'utf8'), signed.signature)) {
      return { ...base, status: 'forged' }
    }
    if (ownKeys.get(body.keyFingerprint) !== body.signPublic || body.unitCode !== selfCode) {
      return { ...base, status: 'foreignKey' }
    }
    return { ...base, status: chainStatus(body) }
  })
}

function parseBody(signed: SignedCheckpoint | null): CheckpointBody | null {
  if (!signed) return null
  try {
    return checkpointBodySchema.parse(JSON.parse(signed.body))
  } catch {
    return null
  }
}
