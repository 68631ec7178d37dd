import { z } from 'zod'
import type {
  PackageKind,
  PackageReport,
  ReceiptRow,
  ReceiptStatus,
  TableCounts,
} from '../packages/format'
import { regionCodeField } from './fields'
import { procedure } from './procedure'
import { jobIdField } from './work'

export type { PackageKind, PackageReport, ReceiptRow, ReceiptStatus, TableCounts }

/**
 * Packages to the upper unit and from the units below (UPWARD.md "Export", "Import").
 * Files cross as base64; the renderer and the CLI read and save them.
 */

/** Base64 of at most 512 MB. */
export const PACKAGE_MAX_BASE64 = Math.ceil((512 * 1024 * 1024) / 3) * 4
const fileField = z.string().min(1).max(PACKAGE_MAX_BASE64)

export type PackageListStatus =
  'generated' | 'received' | 'receivedWithWarnings' | 'returned' | 'refused' | 'reviewed'

export interface TablePreview {
  table: string
  rows: number
  deleted: number
}

export interface ExportPreview {
  receiver: { code: string; name: string; verified: boolean; hasKey: boolean }
  kind: PackageKind
  range: { from: number; to: number }
  previousPackageId: string | null
  tables: TablePreview[]
  report: Omit<PackageReport, 'explanation'>
}

export interface ExportedPackage {
  packageId: string
  fileName: string
  /** Base64 of the file. */
  data: string
  sha256: string
  bytes: number
  encrypted: boolean
  tables: TablePreview[]
}

export interface PackageSummary {
  packageId: string
  sender: { code: string; name: string; verified: boolean }
  receiver: { code: string; name: string }
  kind: PackageKind
  period: string
  range: { from: number; to: number }
  createdAt: string
  createdBy: string
  encrypted: boolean
  schemaVersion: number
  sha256: string
  tables: TablePreview[]
  report: PackageReport
}

export interface ImportOutcome {
  status: 'applied' | 'already-imported' | 'refused' | 'preview'
  /** One sentence, when refused or already imported. */
  reason: string | null
  summary: PackageSummary | null
  counts: Record<string, TableCounts>
  /** Rows that did not take as sent, and cross-unit duplicates. */
  rows: ReceiptRow[]
  warnings: string[]
  receipt: { fileName: string; signedText: string; status: ReceiptStatus } | null
}

export interface PackageListItem {
  packageId: string
  direction: 'sent' | 'received'
  otherUnit: { code: string; name: string }
  kind: PackageKind
  period: string
  fileName: string
  createdAt: string
  status: PackageListStatus
  statusReason: string | null
  statusAt: string
  counts: Record<string, { rows: number; deleted: number }>
  receiptRows: number
}

export interface ReceiptOutcome {
  packageId: string
  status: ReceiptStatus
  reason: string | null
  rows: ReceiptRow[]
  counts: Record<string, TableCounts>
  at: string
  by: string
}

const exportShape = {
  to: regionCodeField,
  period: z.string().trim().min(1).max(40),
  kind: z.enum(['full', 'incremental']),
}

export const packagesContract = {
  'packages.exportPreview': procedure<ExportPreview>()({
    input: z.strictObject(exportShape),
    access: 'operator',
  }),
  'packages.export': procedure<ExportedPackage>()({
    input: z.strictObject({
      ...exportShape,
      /** True only by an explicit, named choice in the UI or `--plain`. */
      plain: z.boolean().default(false),
      explanation: z.string().trim().max(500).optional(),
      jobId: jobIdField,
    }),
    access: 'operator',
    audited: true,
    // Reading, signing and sealing every row takes seconds at city scale: progress, cancel.
    long: true,
  }),
  /** Checks only; what a viewer may read anyway (the CLI runs it without --user). */
  'packages.verify': procedure<PackageSummary>()({
    input: z.strictObject({ data: fileField }),
    access: 'viewer',
  }),
  'packages.import': procedure<ImportOutcome>()({
    input: z.strictObject({
      data: fileField,
      fileName: z.string().max(255).default('package.xlpkg'),
      dryRun: z.boolean().default(false),
      jobId: jobIdField,
    }),
    access: 'operator',
    audited: true,
    // Writing a county's register takes seconds at the city: rows per table, cancel.
    long: true,
  }),
  'packages.importReceipt': procedure<ReceiptOutcome>()({
    input: z.strictObject({ text: z.string().min(1).max(200_000_000) }),
    access: 'operator',
    audited: true,
  }),
  'packages.list': procedure<PackageListItem[]>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
}
