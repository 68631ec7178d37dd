import type BetterSqlite3 from 'better-sqlite3'
import {
  CHECKPOINT_FORMAT,
  type CheckpointBody,
  type CheckpointReason,
  type SignedCheckpoint,
} from '../../../../shared/audit/checkpoint'
import { localToday } from '../../../../shared/dates/calendar'
import type { Clock } from '../../clock'
import { signBytes } from '../../packages/crypto/keys'
import { activeOwnKeySync } from '../../packages/units/ownKeys'
import { GENESIS_HASH } from '../hashChain'

export interface CheckpointMoment {
  /** ISO instant of the checkpoint. */
  at: string
  /** The local calendar day it falls on (one daily checkpoint per day). */
  localDay: string
}

/**
 * Signs the current head of the audit chain and stores it. The head is read and the
 * checkpoint written under one write lock (BEGIN IMMEDIATE; a savepoint inside a caller's
 * transaction), so no row can be appended in between by this or another process. Null
 * before setup, when there is no unit to sign for.
 */
export function takeCheckpoint(
  sqlite: BetterSqlite3.Database,
  reason: CheckpointReason,
  moment: CheckpointMoment,
): SignedCheckpoint | null {
  return sqlite.transaction(() => signHead(sqlite, reason, moment)).immediate()
}

/**
 * The day's checkpoint, taken when the app (or a CLI command) first opens the database on
 * a new local day; later starts that day find it and do nothing. First start rather than
 * first write: every audited call appends to the chain, and a lookup (and sometimes a
 * signature) on that path would slow every write and widen its lock; at start the check is
 * paid once per process, and the checkpoint pins the log as the previous working day left it.
 */
export function takeDailyCheckpoint(
  sqlite: BetterSqlite3.Database,
  moment: CheckpointMoment,
): SignedCheckpoint | null {
  return sqlite
    .transaction(() => {
      const taken = sqlite
        .prepare("SELECT 1 FROM audit_checkpoints WHERE reason = 'daily' AND local_day = ?")
        .get(moment.localDay)
      return taken ? null : signHead(sqlite, 'daily', moment)
    })
    .immediate()
}

function signHead(
  sqlite: BetterSqlite3.Database,
  reason: CheckpointReason,
  moment: CheckpointMoment,
): SignedCheckpoint | null {
  const unitCode = sqlite
    .prepare('SELECT code FROM units WHERE is_self = 1 AND deleted_at IS NULL')
    .pluck()
    .get() as string | undefined
  if (!unitCode) return null
  const head = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined
  const key = activeOwnKeySync(sqlite, moment.at)
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    formatVersion: 1,
    unitCode,
    seq: head?.seq ?? 0,
    hash: head?.hash ?? GENESIS_HASH,
    at: moment.at,
    reason,
    keyFingerprint: key.fingerprint,
    signPublic: key.sign_public,
  }
  const bodyText = JSON.stringify(body)
  const signed = { body: bodyText, signature: signBytes(key.sign_private, Buffer.from(bodyText)) }
  sqlite
    .prepare(
      `INSERT INTO audit_checkpoints (reason, local_day, seq, hash, at, unit_code, key_fingerprint, body, signature)
       VALUES (@reason, @localDay, @seq, @hash, @at, @unitCode, @keyFingerprint, @body, @signature)`,
    )
    .run({
      reason,
      localDay: moment.localDay,
      seq: body.seq,
      hash: body.hash,
      at: body.at,
      unitCode,
      keyFingerprint: key.fingerprint,
      body: bodyText,
      signature: signed.signature,
    })
  return signed
}

/** Now, as a checkpoint records it: the instant, and the local day it belongs to. */
export function checkpointMoment(clock: Clock): CheckpointMoment {
  return { at: clock.nowIso(), localDay: localToday(new Date(clock.nowMs())) }
}
