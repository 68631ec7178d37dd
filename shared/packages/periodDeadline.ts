import { formatYmd } from '../dates/calendar'
import { daysFrom } from '../statistics/days'

/**
 * Days after a period's end by which its package is due when no 下发 reporting task names a
 * deadline: the 10th of the next month, as offices commonly ask for month, quarter and year
 * reports alike.
 */
export const DEFAULT_GRACE_DAYS = 10

/** Deadlines a 下发 task set for a period (period → YYYY-MM-DD); they win over the default. */
export type DeadlineOverrides = ReadonlyMap<string, string>

const YEAR = /^(\d{4})年度$/
const QUARTER = /^(\d{4})年第([一二三四])季度$/
const MONTH = /^(\d{4})年(\d{1,2})月$/

/** Last day of the period named the way the export wizard names them, or null if unknown. */
export function periodEnd(period: string): string | null {
  let m = YEAR.exec(period)
  if (m) return `${m[1]}-12-31`
  m = QUARTER.exec(period)
  if (m) return monthEnd(Number(m[1]), '一二三四'.indexOf(m[2]!) * 3 + 3)
  m = MONTH.exec(period)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthEnd(Number(m[1]), Number(m[2]))
  return null
}

function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0))
  return formatYmd(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate())
}

/**
 * When the period's package is due (YYYY-MM-DD): a 下发 task's deadline when there is one,
 * otherwise the period's end plus DEFAULT_GRACE_DAYS; null for a period name we cannot read.
 */
export function periodDeadline(period: string, overrides?: DeadlineOverrides): string | null {
  const set = overrides?.get(period)
  if (set) return set
  const end = periodEnd(period)
  if (!end) return null
  const due = new Date(
    Date.UTC(
      Number(end.slice(0, 4)),
      Number(end.slice(5, 7)) - 1,
      Number(end.slice(8, 10)) + DEFAULT_GRACE_DAYS,
    ),
  )
  return formatYmd(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate())
}

/** Days past the deadline on `day` (0 when on time), or null when the period has no deadline. */
export function daysLate(deadline: string | null, day: string): number | null {
  if (!deadline) return null
  return Math.max(0, daysFrom(deadline, day))
}
