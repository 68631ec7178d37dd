import { nextDay } from '../../../shared/statistics/days'
import { beijingDayStartMs } from '../../../shared/statistics/period'

/**
 * Record stamps as the list index keeps them (ms × 1000 + counter) for a range of Beijing
 * days, both ends inclusive: [from's first stamp, the first stamp after `to`).
 */
export function recordedStampRange(from?: string, to?: string): [number, number] {
  return [
    from ? beijingDayStartMs(from) * 1000 : -Infinity,
    to ? beijingDayStartMs(nextDay(to)) * 1000 : Infinity,
  ]
}

/** Years without an edit after which a record counts as not kept up to date. */
export const STALE_YEARS = 2

/** The stamp before which a record was last touched more than STALE_YEARS ago. */
export function staleStampBefore(today: string): number {
  const y = Number(today.slice(0, 4)) - STALE_YEARS
  // 29 February → 1 March of a common year, the same instant Date would give.
  const day = new Date(Date.UTC(y, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))))
  return beijingDayStartMs(day.toISOString().slice(0, 10)) * 1000
}
