import type { ReviewOutcome } from '../../../../shared/contract/packagesBoard'
import type { UnitInfo } from '../../../../shared/contract/system'
import { boardUi } from '../../../../shared/i18n/boardUi'
import { AppError } from '../../../core/appError'
import type { HandlerContext } from '../../../core/context'
import { issueReceipt } from '../exchange/issueReceipt'

const m = boardUi.review

/**
 * 审核 / 退回 of a sub-unit's period: the decision lands on the period's latest package (what
 * the board shows) and goes back as a signed receipt against that package. A 退回 period is
 * open again: the next package of it arrives as 已接收 and the board keeps the history.
 */
export async function decidePeriod(
  ctx: HandlerContext,
  self: UnitInfo,
  input: { unit: string; period: string; decision: 'reviewed' | 'returned'; reason?: string },
): Promise<ReviewOutcome> {
  const reason = input.reason?.trim() || null
  if (input.decision === 'returned' && !reason) throw new AppError('BAD_INPUT', m.reasonRequired)
  const unit = await ctx.db
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('code', '=', input.unit)
    .where('relation', '=', 'lower')
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!unit) throw new AppError('BAD_INPUT', m.notLower(input.unit))
  const latest = await ctx.db
    .selectFrom('packages')
    .selectAll()
    .where('direction', '=', 'received')
    .where('sender_code', '=', unit.code)
    .where('period', '=', input.period)
    .orderBy('applied_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst()
  if (!latest)
    throw new AppError('BAD_INPUT', m.noPackage(`${unit.code} ${unit.name}`, input.period))

  const now = ctx.clock.nowIso()
  const receipt = await issueReceipt(
    ctx,
    self,
    {
      packageId: latest.id,
      packageSha256: latest.file_sha256,
      sender: { code: unit.code, unitId: latest.sender_unit_id },
      status: input.decision,
      reason,
      decision: { kind: input.decision, period: input.period },
      counts: {},
      rows: [],
      at: now,
    },
    { record: true },
  )
  await ctx.db
    .updateTable('packages')
    .set({ status: input.decision, status_reason: reason, status_at: now })
    .where('id', '=', latest.id)
    .execute()
  const statusName = boardUi.status[input.decision]!
  ctx.note({
    objectType: 'package',
    objectId: latest.id,
    detail: m.audit(statusName, `${unit.code} ${unit.name}`, input.period, reason),
  })
  return {
    unitCode: unit.code,
    period: input.period,
    packageId: latest.id,
    status: input.decision,
    reason,
    receipt: {
      fileName: m.receiptFile(
        unit.code,
        input.period,
        statusName.replace(/^已/, ''),
        now.slice(0, 10).replace(/-/g, ''),
      ),
      signedText: receipt.text,
    },
  }
}
