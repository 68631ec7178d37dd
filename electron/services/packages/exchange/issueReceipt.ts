import type { UnitInfo } from '../../../../shared/contract/system'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import type { ReceiptBody } from '../../../../shared/packages/format'
import { currentUser, type HandlerContext } from '../../../core/context'
import { signReceipt } from '../receipts'
import { activeOwnKey } from '../units/ownKeys'

type ReceiptFields = Omit<ReceiptBody, 'format' | 'formatVersion' | 'receiptId' | 'receiver' | 'by'>

/**
 * Signs a receipt as this unit with its active key and, when `record`, keeps it among the
 * receipts issued (a 已拒收 one is not kept: a refusal writes nothing).
 */
export async function issueReceipt(
  ctx: HandlerContext,
  self: UnitInfo,
  fields: ReceiptFields,
  opts: { record: boolean },
): Promise<ReturnType<typeof signReceipt>> {
  const own = await activeOwnKey(ctx.db, fields.at)
  const by = currentUser(ctx).username
  const receipt = signReceipt(
    {
      receiptId: uuidv7(ctx.clock.nowMs()),
      receiver: {
        unitId: self.id,
        code: self.code,
        name: self.name,
        level: self.level,
        keyFingerprint: own.fingerprint,
      },
      by,
      ...fields,
    },
    own,
  )
  if (opts.record) {
    await ctx.db
      .insertInto('receipts')
      .values({
        id: receipt.body.receiptId,
        package_id: fields.packageId,
        direction: 'issued',
        status: fields.status,
        reason: fields.reason,
        at: fields.at,
        by,
        body: JSON.stringify(receipt.body),
        file_sha256: receipt.sha256,
      })
      .execute()
  }
  return receipt
}
