import { z } from 'zod'

/**
 * A signed audit checkpoint: "at this time, row `seq` of this unit's audit log had hash
 * `hash`", signed with the unit's Ed25519 key. Copies kept outside the database (packages,
 * receipts, backups, exported files) are what make a rewritten or cut log detectable.
 */
export const CHECKPOINT_FORMAT = 'xinlian-audit-checkpoint'
export const CHECKPOINT_EXTENSION = '.xlckp'

export const checkpointBodySchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  formatVersion: z.literal(1),
  unitCode: z.string().regex(/^\d{6}$/),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().max(40),
  reason: z.enum(['package', 'backup', 'daily', 'export']),
  keyFingerprint: z.string().regex(/^\d{60}$/),
  /** The raw Ed25519 public key (base64): enough to check the signature on its own. */
  signPublic: z.string().max(100),
})
export type CheckpointBody = z.infer<typeof checkpointBodySchema>
export type CheckpointReason = CheckpointBody['reason']

/** The body as the exact text that was signed, and the signature over it. */
export const signedCheckpointSchema = z.strictObject({
  body: z.string().max(2000),
  signature: z.string().max(200),
})
export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>

/** Where a checkpoint came from, as the verify report names it. */
export type CheckpointSource = 'database' | 'receipt' | 'backup' | 'package' | 'file'

/**
 * holds: the chain has this hash at this seq. rewritten: the row is there with another hash.
 * missing: the row is gone from the middle. truncated: the log ends before it. forged: the
 * signature does not check. foreignKey: signed by a key this unit never had. unreadable: the
 * file or entry is not a checkpoint.
 */
export type CheckpointStatus =
  'holds' | 'rewritten' | 'missing' | 'truncated' | 'forged' | 'foreignKey' | 'unreadable'

export interface CheckpointCheck {
  source: CheckpointSource
  /** The file or record it was read from, for the report. */
  origin: string
  status: CheckpointStatus
  seq: number | null
  at: string | null
  reason: CheckpointReason | null
}
