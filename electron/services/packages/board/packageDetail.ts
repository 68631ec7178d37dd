import type { PackageDetail } from '../../../../shared/contract/packagesBoard'
import type { PackageReport, TablePreview } from '../../../../shared/contract/packages'
import type { ReceiptBody, TableCounts } from '../../../../shared/packages/format'
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
  if (!p) throw new AppError('NOT_FOUND')
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
