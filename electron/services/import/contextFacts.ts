import { selfUnit } from '../../../db/repos/units'
import { localToday } from '../../../shared/dates/calendar'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'

/** Today on this computer's calendar, from the context's clock. */
export function todayOf(ctx: HandlerContext): string {
  return localToday(new Date(ctx.clock.nowMs()))
}

/** This installation's unit: the site_id of everything it registers. */
export async function selfUnitIdOf(ctx: HandlerContext): Promise<string> {
  const unit = await selfUnit(ctx.db)
  if (!unit) throw new AppError('NOT_INITIALIZED')
  return unit.id
}
