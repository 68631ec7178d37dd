import { labelRows } from '../apply/rowLabels'
import type { ReceiptOutcome } from '../../../../shared/contract/packages'
import { receiptText } from '../../../../shared/i18n/packages'
import { AppError } from '../../../core/appError'
import type { HandlerContext } from '../../../core/context'
import { sha256Hex } from '../crypto/keys'
import { readReceipt } from '../receipts'

/** The county reads the city's receipt: its package list shows what became of the package. */
export async function receiveReceipt(ctx: HandlerContext, text: string): Promise<ReceiptOutcome> {
  const keys = await ctx.db
    .selectFrom('unit_keys')
    .innerJoin('units', 'units.id', 'unit_keys.unit_id')
    .select([
      'unit_keys.unit_id',
      'unit_keys.fingerprint',
      'unit_keys.sign_public',
      'unit_keys.status',
    ])
    .where('units.relation', '=', 'upper')
    .execute()
  const body = readReceipt(text, (unitId, fingerprint) => {
    const k = keys.find((x) => x.unit_id === unitId && x.fingerprint === fingerprint)
    return k && k.status !== 'revoked' ? k.sign_public : null
  })
  const sent = await ctx.db
    .selectFrom('packages')
    .selectAll()
    .where('id', '=', body.packageId)
    .where('direction', '=', 'sent')
    .executeTakeFirst()
  if (!sent || sent.file_sha256 !== body.packageSha256) {
    throw new AppError('BAD_INPUT', receiptText.unknownPackage)
  }
  if (sent.receiver_code !== body.receiver.code) {
    throw new AppError('BAD_INPUT', receiptText.notFromReceiver)
  }
  const known = await ctx.db
    .selectFrom('receipts')
    .select('id')
    .where('id', '=', body.receiptId)
    .executeTakeFirst()
  if (!known) {
    // Receipts may be read in any order: a 审核 read before the import receipt stays.
    const later = await ctx.db
      .selectFrom('receipts')
      .select('id')
      .where('package_id', '=', body.packageId)
      .where('direction', '=', 'received')
      .where('at', '>', body.at)
      .executeTakeFirst()
    await ctx.db
      .insertInto('receipts')
      .values({
        id: body.receiptId,
        package_id: body.packageId,
        direction: 'received',
        status: body.status,
        reason: body.reason,
        at: body.at,
        by: body.by,
        body: JSON.stringify(body),
        file_sha256: sha256Hex(Buffer.from(text, 'utf8')),
      })
      .execute()
    if (!later) {
      await ctx.db
        .updateTable('packages')
        .set({ status: body.status, status_reason: body.reason, status_at: body.at })
        .where('id', '=', body.packageId)
        .execute()
    }
    // A decision says nothing of what the import applied.
    if (!body.decision) {
      await ctx.db
        .updateTable('packages')
        .set({
          applied_at: body.at,
          applied_by: body.by,
          applied_counts: JSON.stringify(body.counts),
        })
        .where('id', '=', body.packageId)
        .execute()
    }
  }
  ctx.note({
    objectType: 'package',
    objectId: body.packageId,
    detail: `导入回执：${body.status}${body.reason ? `（${body.reason}）` : ''}，${body.rows.length} 行未按原样采用`,
  })
  return {
    packageId: body.packageId,
    status: body.status,
    reason: body.reason,
    rows: labelRows(ctx.sqlite, body.rows),
    counts: body.counts,
    at: body.at,
    by: body.by,
  }
}
