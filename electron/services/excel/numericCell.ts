import { formatYmd } from '../../../shared/dates/calendar'
import type { RawCell } from '../../../shared/import/rawCell'
import { PLAIN_NUMBER, type NumberStyle } from './numberFormat'

const DAY_SECONDS = 86_400
/** Day 0 of Excel's 1900 date system (serials after the phantom 1900-02-29), and of 1904's. */
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)

/**
 * A number cell → what its number format shows, as the readers hand it on (RawCell). Dates
 * become UTC midnight of the calendar day shown, whatever time the cell also holds: a Date
 * carrying 18:00 would turn into the next day once read in UTC+8. A year-and-month format
 * gives YYYY-MM, a time of day or a duration the text Excel shows (36:30 for [h]:mm), and a
 * fixed count of decimals its text (1986.10, not the number 1986.1 that has lost its zero).
 */
export function numericCell(n: number, style: NumberStyle | undefined, date1904: boolean): RawCell {
  const s = style ?? PLAIN_NUMBER
  switch (s.kind) {
    case 'number':
      return n
    case 'fixed':
      return n.toFixed(Math.min(s.decimals, 20))
    case 'date':
      return serialDay(n, date1904)
    case 'month': {
      const day = serialDay(n, date1904)
      return day && formatYmd(day.getUTCFullYear(), day.getUTCMonth() + 1, 1).slice(0, 7)
    }
    case 'time':
      return clock(wholeSeconds(n) % DAY_SECONDS, s.seconds)
    case 'elapsed':
      return elapsed(wholeSeconds(n), s.unit, s.seconds)
  }
}

/** Excel rounds a serial to the second it shows; 0.99999999 is the next midnight. */
function wholeSeconds(serial: number): number {
  return Math.round(serial * DAY_SECONDS)
}

function serialDay(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0) return null
  let day = Math.floor(wholeSeconds(serial) / DAY_SECONDS)
  // Lotus counted 1900 as a leap year and Excel kept it: serials before 60 are a day later
  // than the epoch says, and 60 (1900-02-29, which never was) is taken as the 28th.
  if (!date1904 && day < 60) day++
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + day * DAY_SECONDS * 1000)
  return Number.isNaN(date.getTime()) ? null : date
}

const two = (n: number) => String(n).padStart(2, '0')

function clock(seconds: number, withSeconds: boolean): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor(seconds / 60) % 60
  return `${h}:${two(m)}${withSeconds ? `:${two(seconds % 60)}` : ''}`
}

function elapsed(seconds: number, unit: 'h' | 'm' | 's', withSeconds: boolean): string {
  const sign = seconds < 0 ? '-' : ''
  const total = Math.abs(seconds)
  if (unit === 's') return `${sign}${total}`
  if (unit === 'm') return `${sign}${Math.floor(total / 60)}:${two(total % 60)}`
  return sign + clock(total, withSeconds)
}

/**
 * A cell of type d (ISO 8601 text, as some generators write dates) → UTC midnight of the day
 * it names; the time part and any zone are not allowed to move it to another day.
 */
export function isoCellDate(raw: string): Date | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw)
  if (!m) return null
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return Number.isNaN(date.getTime()) ? null : date
}
