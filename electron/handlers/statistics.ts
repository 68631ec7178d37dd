import type { DomainHandlers } from '../core/handlerTypes'
import { personListIndex } from '../services/persons/listIndex/registry'
import { activityStatistics } from '../services/statistics/activityStatistics'
import { personStatistics } from '../services/statistics/personStatistics'
import { todayOf } from './persons/personsShared'

export const statisticsHandlers: DomainHandlers<'statistics.persons' | 'statistics.activities'> = {
  'statistics.persons': (ctx, { includeDemo }) =>
    personStatistics(personListIndex(ctx.sqlite), todayOf(ctx), { includeDemo }),
  'statistics.activities': (ctx, { year }) => activityStatistics(ctx.sqlite, year),
}
