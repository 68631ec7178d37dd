import type { PackageDetail } from '../../../../shared/contract/packagesBoard'
import type { PackageReport, TablePreview } from '../../../../shared/contract/packages'
import {
  manifestSchema,
  type ReceiptBody,
  type TableCounts,
} from '../../../../shared/packages/format'
import { AppError } from '../../../core/appError'
import type { HandlerContext } from '../../../core/context'
import { labelRows } from '../apply/rowLabels'

/** The warnings line by line, as the import wizard showed them. */
export const warningLines = (report: PackageReport): string[] =>
  report.warnings.map((w) => `${w.label}：${w.message}`)

/**
 * A package as recorded here, for a board cell: its summary again, what the import did and
 * the rows that did not take as sent (from its import receipt, labelled as our staff know
 * them).
 */
export async function packageDetail(
  ctx: HandlerContext,
  packageId: string,
): Promise<PackageDetail> {
  const p = await ctx.db
    .selectFrom('packages')
    .selectAll()
    .where('id', '=', packageId)
    .executeTakeFirst()
  if (!p) return relayedDetail(ctx, packageId)
  const key =
    p.direction === 'received'
      ? await ctx.db
          .selectFrom('unit_keys')
          .select('verification')
          .where('unit_id', '=', p.sender_unit_id)
          .where('status', '!=', 'revoked')
          .where('verification', '!=', 'unverified')
          .executeTakeFirst()
      : { verification: 'verified' }
  const receipts = await ctx.db
    .selectFrom('receipts')
    .select('body')
    .where('package_id', '=', packageId)
    .orderBy('at')
    .execute()
  const importReceipt = receipts
    .map((r) => JSON.parse(r.body) as ReceiptBody)
    .find((b) => !b.decision)
  const report = JSON.parse(p.report) as PackageReport
  return {
    direction: p.direction,
    summary: {
      packageId: p.id,
      sender: { code: p.sender_code, name: p.sender_name, verified: !!key },
      receiver: { code: p.receiver_code, name: p.receiver_name },
      kind: p.kind,
      period: p.period,
      range: { from: p.from_seq, to: p.to_seq },
      createdAt: p.created_at,
      createdBy: p.created_by,
      encrypted: p.encrypted === 1,
      schemaVersion: p.schema_version,
      sha256: p.file_sha256,
      tables: JSON.parse(p.counts) as TablePreview[],
      report,
    },
    applied: p.applied_counts
      ? (JSON.parse(p.applied_counts) as Record<string, TableCounts>)
      : null,
    rows: labelRows(ctx.sqlite, importReceipt?.rows ?? []),
    warnings: warningLines(report),
  }
}

/**
 * A county package a city relayed: what its signed manifest says (the county's own count of
 * rows and its warnings), what it did at the city, and through whom it came.
 */
async function relayedDetail(ctx: HandlerContext, packageId: string): Promise<PackageDetail> {
  const r = await ctx.db
    .selectFrom('relayed_packages as r')
    .innerJoin('units as c', 'c.id', 'r.via_unit_id')
    .selectAll('r')
    .select(['c.code as via_code', 'c.name as via_name'])
    .where('r.id', '=', packageId)
    .executeTakeFirst()
  if (!r) throw new AppError('NOT_FOUND')
  const parsed = r.manifest ? manifestSchema.safeParse(JSON.parse(r.manifest)) : null
  const m = parsed?.success ? parsed.data : null
  const report: PackageReport = { errors: [], warnings: [], explanation: null }
  return {
    direction: 'received',
    relay: { via: `${r.via_code} ${r.via_name}`, signatureVerified: r.signature_verified === 1 },
    summary: {
      packageId: r.id,
      sender: { code: r.sender_code, name: r.sender_name, verified: r.signature_verified === 1 },
      receiver: m?.receiver ?? { code: r.via_code, name: r.via_name },
      kind: r.kind,
      period: r.period,
      range: m?.range ?? { from: 0, to: 0 },
      createdAt: r.created_at,
      createdBy: m?.createdBy ?? '',
      encrypted: m ? m.algorithms.encryption !== null : false,
      schemaVersion: m?.schemaVersion ?? 0,
      sha256: r.file_sha256,
      tables: JSON.parse(r.counts) as TablePreview[],
      report,
    },
    applied: r.applied_counts
      ? (JSON.parse(r.applied_counts) as Record<string, TableCounts>)
      : null,
    rows: [],
    warnings: [],
  }
}
