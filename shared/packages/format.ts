import { z } from 'zod'
import { signedCheckpointSchema } from '../audit/checkpoint'

/**
 * The .xlpkg package and .xlrct receipt formats (UPWARD.md "The package file"). Pure
 * declarations: the Node side signs, encrypts and checks; the renderer shows what they say.
 */

export const PACKAGE_FORMAT = 'xinlian-package'
/**
 * 1: every line of data/<table>.ndjson a JSON object. 2: a person's line is an array of its
 * values in the order of the manifest's persons columns (PERSON_LINE_COLUMNS): the keys were
 * half its bytes and, parsed again for every person, half of reading it. Both are read; an
 * app that knows only 1 refuses a 2 as from a newer version (请升级).
 */
export const PACKAGE_FORMAT_VERSION = 2
export const RECEIPT_FORMAT = 'xinlian-receipt'
/**
 * 1: the receipt of an import. 2: adds `decision` (审核 / 退回 of a period) and the status
 * `reviewed`. Import receipts are still written as 1, so an older county app reads them; only
 * a decision, which such an app could not show, needs 2.
 */
export const RECEIPT_FORMAT_VERSION = 2
export const KEY_CARD_FORMAT = 'xinlian-key-card'

/** Algorithm ids: a 国密 suite (SM2/SM3/SM4) would be a second set of names here. */
export const ALGORITHMS = {
  signature: 'Ed25519',
  hash: 'SHA-256',
  encryption: 'X25519-HKDF-SHA256-AES-256-GCM',
  compression: 'deflate',
} as const

export const MANIFEST_ENTRY = 'manifest.json'
export const SIGNATURE_ENTRY = 'signature'
export const REPORT_ENTRY = 'report.json'

export const PACKAGE_EXTENSION = '.xlpkg'
export const RECEIPT_EXTENSION = '.xlrct'
export const KEY_CARD_EXTENSION = '.xlkey'

export type PackageKind = 'full' | 'incremental'

const unitRef = z.strictObject({
  unitId: z.string().max(64),
  code: z.string().regex(/^\d{6}$/),
  name: z.string().max(100),
  level: z.enum(['province', 'city', 'county']),
})

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  appVersion: z.string().max(40),
  algorithms: z.strictObject({
    signature: z.literal(ALGORITHMS.signature),
    hash: z.literal(ALGORITHMS.hash),
    encryption: z.literal(ALGORITHMS.encryption).nullable(),
    compression: z.literal(ALGORITHMS.compression),
  }),
  packageId: z.string().max(64),
  sender: unitRef.extend({ keyFingerprint: z.string().regex(/^\d{60}$/) }),
  receiver: z.strictObject({ code: z.string().regex(/^\d{6}$/), name: z.string().max(100) }),
  kind: z.enum(['full', 'incremental']),
  range: z.strictObject({ from: z.number().int().min(0), to: z.number().int().min(0) }),
  previousPackageId: z.string().max(64).nullable(),
  period: z.string().min(1).max(40),
  tables: z.record(
    z.string().max(64),
    z.strictObject({
      columns: z.array(z.string().max(64)).max(200),
      rows: z.number().int().min(0),
      deleted: z.number().int().min(0),
    }),
  ),
  entries: z
    .array(
      z.strictObject({
        name: z.string().max(200),
        size: z.number().int().min(0),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        compressedSize: z.number().int().min(0),
        compressedSha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(64),
  auditHead: z.string().max(128).nullable(),
  /** The sender's signed audit checkpoint at export; absent in packages made before it. */
  auditCheckpoint: signedCheckpointSchema.optional(),
  createdAt: z.string().max(40),
  createdBy: z.string().max(100),
  /** Absent: upward (county → city). 'downward': a 下发 package (shared/packages/downward.ts). */
  direction: z.literal('downward').optional(),
  /** A downward package refuses to apply on an app older than this. */
  minAppVersion: z.string().max(40).optional(),
})
export type Manifest = z.infer<typeof manifestSchema>

/** What export validation found; warnings travel with the explanation the user typed. */
export interface ValidationIssue {
  table: string
  id: string
  /** Who or what, as the sender's staff know it (a person's name, an activity's title). */
  label: string
  message: string
}
export interface PackageReport {
  errors: ValidationIssue[]
  warnings: ValidationIssue[]
  explanation: string | null
}

export type ReceiptStatus =
  'received' | 'receivedWithWarnings' | 'returned' | 'refused' | 'reviewed'

/** Why one row did not take as sent. */
export type ReceiptRowKind = 'older' | 'conflict' | 'invalid' | 'notSenders' | 'duplicateId'
export interface ReceiptRow {
  table: string
  id: string
  kind: ReceiptRowKind
  message: string
  /**
   * Who the row is, as the receiving unit's staff know them (a person's name and masked ID
   * number): on the import outcome only, never in the signed receipt.
   */
  label?: string
}

export interface TableCounts {
  inserted: number
  updated: number
  deleted: number
  unchanged: number
  ignored: number
}

export const receiptBodySchema = z.strictObject({
  format: z.literal(RECEIPT_FORMAT),
  formatVersion: z.number().int().positive(),
  receiptId: z.string().max(64),
  packageId: z.string().max(64),
  packageSha256: z.string().regex(/^[0-9a-f]{64}$/),
  receiver: unitRef.extend({ keyFingerprint: z.string().regex(/^\d{60}$/) }),
  sender: z.strictObject({ code: z.string().regex(/^\d{6}$/), unitId: z.string().max(64) }),
  status: z.enum(['received', 'receivedWithWarnings', 'returned', 'refused', 'reviewed']),
  reason: z.string().max(2000).nullable(),
  /**
   * Format 2: the upper unit's decision on the sender's whole period, signed against the
   * period's latest package (packageId above). Absent on an import receipt.
   */
  decision: z
    .strictObject({
      kind: z.enum(['reviewed', 'returned']),
      period: z.string().min(1).max(40),
    })
    .optional(),
  counts: z.record(
    z.string().max(64),
    z.strictObject({
      inserted: z.number().int().min(0),
      updated: z.number().int().min(0),
      deleted: z.number().int().min(0),
      unchanged: z.number().int().min(0),
      ignored: z.number().int().min(0),
    }),
  ),
  rows: z
    .array(
      z.strictObject({
        table: z.string().max(64),
        id: z.string().max(64),
        kind: z.enum(['older', 'conflict', 'invalid', 'notSenders', 'duplicateId']),
        message: z.string().max(500),
      }),
    )
    .max(1_000_000),
  at: z.string().max(40),
  by: z.string().max(100),
  /** The package's audit checkpoint, echoed: the sender's evidence held by the receiver. */
  senderCheckpoint: signedCheckpointSchema.optional(),
})
export type ReceiptBody = z.infer<typeof receiptBodySchema>

export const keyCardBodySchema = z.strictObject({
  format: z.literal(KEY_CARD_FORMAT),
  formatVersion: z.number().int().positive(),
  unit: unitRef,
  signPublic: z.string().max(100),
  boxPublic: z.string().max(100),
  fingerprint: z.string().regex(/^\d{60}$/),
  createdAt: z.string().max(40),
  /** Set on a rotation: the key this card replaces, which also signed it. */
  previousFingerprint: z
    .string()
    .regex(/^\d{60}$/)
    .nullable(),
})
export type KeyCardBody = z.infer<typeof keyCardBodySchema>

/** A signed JSON file: the body as the exact text that was signed. */
export const signedFileSchema = z.strictObject({
  body: z.string().max(50_000_000),
  signature: z.string().max(200),
  /** Rotation: the previous key's signature over the same body. */
  previousSignature: z.string().max(200).nullable().optional(),
})
export type SignedFile = z.infer<typeof signedFileSchema>
