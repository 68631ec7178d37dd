import { findPerson, type PersonRecord } from '../../../db/repos/persons'
import { selfUnit } from '../../../db/repos/units'
import { localToday } from '../../../shared/dates/calendar'
import { personMessages } from '../../../shared/i18n/persons'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { assertOwnedRow } from '../units/ownership'

/** Today on this computer's calendar (ages, date checks), from the context's clock. */
export function todayOf(ctx: HandlerContext): string {
  return localToday(new Date(ctx.clock.nowMs()))
}

export async function selfUnitId(ctx: HandlerContext): Promise<string> {
  const unit = await selfUnit(ctx.db)
  if (!unit) throw new AppError('NOT_INITIALIZED')
  return unit.id
}

export type PersonState = 'live' | 'binned' | 'any'

/** The record, or NOT_FOUND; `state` says whether it must be live or in the recycle bin. */
export async function personOr404(
  ctx: HandlerContext,
  id: string,
  state: PersonState,
): Promise<PersonRecord> {
  const record = await findPerson(ctx.db, id)
  if (!record) throw new AppError('NOT_FOUND')
  if (state === 'live' && record.deletedAt) throw new AppError('NOT_FOUND')
  if (state === 'binned' && !record.deletedAt)
    throw new AppError('CONFLICT', personMessages.notInBin)
  return record
}

/** Records arrive from the units below in packages; only the owner edits them. */
export async function assertOwned(ctx: HandlerContext, record: PersonRecord): Promise<string> {
  return assertOwnedRow(ctx, record.siteId, 'persons')
}
