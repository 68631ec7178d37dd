import { z } from 'zod'

/**
 * Relay evidence (UPWARD.md "After import"): the city's package to the province carries,
 * beside the county rows it holds, one line per county package those rows came in, with the
 * county's signed manifest and the key cards the city registered for that county. The entry is
 * listed and hashed in the city's manifest like any other, so the city's signature covers it;
 * the county's own signature lets the province check what the county signed.
 */
export const RELAY_ENTRY_TABLE = 'relayed_packages'

const counts = z.array(
  z.strictObject({
    table: z.string().max(64),
    rows: z.number().int().min(0),
    deleted: z.number().int().min(0),
  }),
)

export const relayEvidenceSchema = z.strictObject({
  packageId: z.string().max(64),
  sender: z.strictObject({
    unitId: z.string().max(64),
    code: z.string().regex(/^\d{6}$/),
    name: z.string().max(100),
  }),
  kind: z.enum(['full', 'incremental']),
  period: z.string().min(1).max(40),
  createdAt: z.string().max(40),
  /** When the city applied it. */
  appliedAt: z.string().max(40).nullable(),
  /** The city's state of that package: 已接收 … 已审核 / 已退回. */
  status: z.enum(['received', 'receivedWithWarnings', 'returned', 'refused', 'reviewed']),
  statusReason: z.string().max(500).nullable(),
  statusAt: z.string().max(40),
  counts,
  appliedCounts: z.string().max(20_000).nullable(),
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The county's manifest bytes as signed, and the signature; null for a package the city imported before it kept them. */
  manifest: z
    .string()
    .max(4 * 1024 * 1024)
    .nullable(),
  signature: z.string().max(200).nullable(),
  /** Every key card the city registered for the county (rotations included). */
  cards: z.array(z.string().max(20_000)).max(20),
})
export type RelayEvidence = z.infer<typeof relayEvidenceSchema>
