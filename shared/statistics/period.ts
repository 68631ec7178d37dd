import { daysInMonth, formatYmd, isRealDate } from '../dates/calendar'

/** A statistics period: both ends inclusive, `YYYY-MM-DD`, on the office's calendar. */
export interface Period {
  from: string
  to: string
}

export type PeriodKind = 'year' | 'quarter' | 'custom'

export function yearPeriod(year: number): Period {
  return { from: formatYmd(year, 1, 1), to: formatYmd(year, 12, 31) }
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const last = quarter * 3
  return {
    from: formatYmd(year, last - 2, 1),
    to: formatYmd(year, last, daysInMonth(year, last)),
  }
}

/**
 * `2026`, `2026Q3` or `2026-03-01..2026-05-31`, as the command line and saved reports write
 * a period; null when the text is none of these or the range runs backwards.
 */
export function parsePeriod(text: string): Period | null {
  const s = text.trim()
  let m = /^(\d{4})$/.exec(s)
  if (m) return yearPeriod(Number(m[1]))
  m = /^(\d{4})[Qq]([1-4])$/.exec(s)
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]) as 1 | 2 | 3 | 4)
  m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(s)
  if (m && isRealDate(m[1]!) && isRealDate(m[2]!) && m[1]! <= m[2]!)
    return { from: m[1]!, to: m[2]! }
  return null
}

/** The period's text form, the inverse of parsePeriod. */
export function periodText(p: Period): string {
  const y = p.from.slice(0, 4)
  if (p.from === `${y}-01-01` && p.to === `${y}-12-31`) return y
  for (const q of [1, 2, 3, 4] as const) {
    const qp = quarterPeriod(Number(y), q)
    if (qp.from === p.from && qp.to === p.to) return `${y}Q${q}`
  }
  return `${p.from}..${p.to}`
}

function shiftYear(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years
  const m = Number(date.slice(5, 7))
  // 29 February of a leap year becomes 28 February.
  const d = Math.min(Number(date.slice(8, 10)), daysInMonth(y, m))
  return formatYmd(y, m, d)
}

/** The same period one year earlier, for 同比. */
export function samePeriodLastYear(p: Period): Period {
  return { from: shiftYear(p.from, -1), to: shiftYear(p.to, -1) }
}

export function inPeriod(date: string | null | undefined, p: Period): boolean {
  if (!date) return false
  const day = date.slice(0, 10)
  return day >= p.from && day <= p.to
}

/**
 * The office's calendar day of an instant. Record stamps are instants; offices are in China,
 * so a stamp falls on the day it was in Beijing, whatever the computer's time zone says.
 */
export const BEIJING_OFFSET_MS = 8 * 3600 * 1000

export function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10)
}

/** The first instant (ms) of a Beijing calendar day. */
export function beijingDayStartMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS
}
