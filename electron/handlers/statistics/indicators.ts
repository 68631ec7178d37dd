import type { DomainHandlers } from '../../core/handlerTypes'
import { dashboard } from '../../services/statistics/dashboard'
import { indicatorReport } from '../../services/statistics/indicatorReport'
import { statisticsBreakdowns } from '../../services/statistics/statisticsBreakdowns'
import { todayOf } from '../persons/personsShared'

export const indicatorHandlers: DomainHandlers<
  'statistics.indicators' | 'statistics.breakdowns' | 'statistics.dashboard'
> = {
  'statistics.indicators': (ctx, { period, ids }) =>
    indicatorReport(ctx.sqlite, period, todayOf(ctx), ctx.clock.nowMs(), ids),
  'statistics.breakdowns': (ctx, { period }) =>
    statisticsBreakdowns(ctx.sqlite, period, todayOf(ctx)),
  'statistics.dashboard': (ctx) => dashboard(ctx.sqlite, todayOf(ctx), ctx.clock.nowMs()),
}
