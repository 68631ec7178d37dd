import type { DomainHandlers } from '../../core/handlerTypes'
import { dashboard } from '../../services/statistics/dashboard'
import { indicatorReport } from '../../services/statistics/indicatorReport'
import { scopeOfUnits } from '../../services/statistics/siteScope'
import { statisticsBreakdowns } from '../../services/statistics/statisticsBreakdowns'
import { todayOf } from '../persons/personsShared'

export const indicatorHandlers: DomainHandlers<
  'statistics.indicators' | 'statistics.breakdowns' | 'statistics.dashboard'
> = {
  'statistics.indicators': (ctx, { period, ids, units }) =>
    indicatorReport(
      ctx.sqlite,
      period,
      todayOf(ctx),
      ctx.clock.nowMs(),
      ids,
      scopeOfUnits(ctx.sqlite, units),
    ),
  'statistics.breakdowns': (ctx, { period, units }) =>
    statisticsBreakdowns(ctx.sqlite, period, todayOf(ctx), scopeOfUnits(ctx.sqlite, units)),
  'statistics.dashboard': (ctx) => dashboard(ctx.sqlite, todayOf(ctx), ctx.clock.nowMs()),
}
