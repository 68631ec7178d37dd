import { date as msg } from '../i18n/checks'
import { ANY_SPACE, toHalfWidth } from '../text/halfWidth'
import { daysInMonth, formatYmd } from './calendar'

export type DatePrecision = 'day' | 'month' | 'year'

export interface NormalizedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when empty or not a date. */
  value: string | null
  precision: DatePrecision | null
  /** Chinese; set when the input was not a date, or was read in a way worth a second look. */
  warning?: string
}

/** Every date this app records (births, joining, terms) lies in this range. */
const MIN_YEAR = 1900
const MAX_YEAR = 2100
const DAY_MS = 86_400_000
/** Day 0 of Excel's 1900 date system for serials after the phantom 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)

const EMPTY: NormalizedDate = { value: null, precision: null }

/**
 * Dates as they arrive from forms and rosters → one text form with its precision.
 * Accepts Excel serial numbers (1900 system), JS Dates, and the strings county rosters use:
 * 1985.03, 1985.3.12, 1985-3-12, 1985/03/12, 1985年3月, 1985年3月12日, 198503, 19850312, 1985,
 * in full or half width. Idempotent on its own output and never throws.
 */
export function normalizeDate(raw: unknown): NormalizedDate {
  try {
    if (raw === null || raw === undefined) return EMPTY
    if (raw instanceof Date) return fromDate(raw)
    if (typeof raw === 'number') return fromNumber(raw)
    if (typeof raw === 'bigint') return fromNumber(Number(raw))
    if (typeof raw === 'string') return fromString(raw)
    return invalid(msg.notDate(describe(raw)))
  } catch {
    return invalid(msg.notDate(describe(raw)))
  }
}

function fromDate(d: Date): NormalizedDate {
  if (Number.isNaN(d.getTime())) return invalid(msg.notDate('Invalid Date'))
  // Excel readers (exceljs) hand over dates as UTC midnight; a date picker gives local
  // midnight. Reading UTC midnight in local time would shift it by a day west of Greenwich,
  // and local midnight in UTC by a day east of it, so each is read the way it was made.
  const utcMidnight =
    d.getUTCHours() === 0 &&
    d.getUTCMinutes() === 0 &&
    d.getUTCSeconds() === 0 &&
    d.getUTCMilliseconds() === 0
  return utcMidnight
    ? fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.toISOString())
    : fromParts(d.getFullYear(), d.getMonth() + 1, d.getDate(), d.toISOString())
}

function fromNumber(n: number): NormalizedDate {
  const text = String(n)
  if (!Number.isFinite(n) || n < 0) return invalid(msg.notDate(text))
  // A cell typed as 1985, 198503 or 19850312 without date formatting is a number that means
  // exactly what it shows; so is 1985.03 (year.month). Anything else is an Excel serial.
  if (Number.isInteger(n) && [4, 6, 8].includes(text.length)) return fromString(text)
  if (!Number.isInteger(n) && /^\d{4}\.\d+$/.test(text)) return fromString(text)
  return fromSerial(Math.floor(n), text)
}

function fromSerial(serial: number, text: string): NormalizedDate {
  if (serial < 1) return invalid(msg.notDate(text))
  // Lotus 1-2-3 counted 1900 as a leap year and Excel kept it: serial 60 is 1900-02-29.
  if (serial === 60) return invalid(msg.excelFeb29)
  const ms = serial < 60 ? EXCEL_EPOCH_MS + (serial + 1) * DAY_MS : EXCEL_EPOCH_MS + serial * DAY_MS
  if (serial > 2_958_465) return invalid(msg.yearRange(text))
  const d = new Date(ms)
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), text)
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/
const PATTERNS: { re: RegExp; precision: DatePrecision }[] = [
  { re: /^(\d{4})年?$/, precision: 'year' },
  { re: /^(\d{4})(\d{2})$/, precision: 'month' },
  { re: /^(\d{4})(\d{2})(\d{2})$/, precision: 'day' },
  { re: /^(\d{4})[.\-/](\d{1,2})$/, precision: 'month' },
  { re: /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/, precision: 'day' },
  { re: /^(\d{4})年(\d{1,2})月?$/, precision: 'month' },
  { re: /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/, precision: 'day' },
]

/** A time of day after a date, as a date-time cell saved as text shows it (1985/3/12 8:30). */
const TIME_SUFFIX =
  /(?<=[\d日号])[\sT]+(?:上午|下午)?\d{1,2}[:时]\d{2}(?:[:分]\d{2}(?:\.\d+)?秒?)?$/

/**
 * This app's own forms (YYYY-MM-DD, YYYY-MM, YYYY): what every date is once normalized, so
 * what the validator gets again from an import row (read once per cell, checked again with
 * the record), read without the patterns below.
 */
const OWN_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function fromString(raw: string): NormalizedDate {
  const own = OWN_FORM.exec(raw)
  if (own) {
    const [, year, month, day] = own
    return fromParts(Number(year), month ? Number(month) : null, day ? Number(day) : null, raw)
  }
  const text = toHalfWidth(raw).trim()
  if (text === '') return EMPTY
  const iso = ISO_DATE_TIME.exec(text)
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), text)
  // The ideographic full stop is typed for a dot by Chinese input methods: 1985。3。12.
  const compact = text.replace(TIME_SUFFIX, '').replace(ANY_SPACE, '').replace(/。/g, '.')
  // A five-digit number is what an Excel date becomes when a sheet is read as plain text.
  if (/^\d{5}$/.test(compact)) return fromSerial(Number(compact), text)
  for (const { re, precision } of PATTERNS) {
    const m = re.exec(compact)
    if (!m) continue
    const year = Number(m[1])
    if (precision === 'year') return fromParts(year, null, null, text)
    if (precision === 'month') {
      const result = fromParts(year, Number(m[2]), null, text)
      // Excel shows the number 1985.10 as 1985.1, so "1985.1" may mean October.
      if (result.value && /^\d{4}\.1$/.test(compact)) result.warning = msg.maybeOctober(m[1]!)
      return result
    }
    return fromParts(year, Number(m[2]), Number(m[3]), text)
  }
  return invalid(msg.notDate(text))
}

function fromParts(
  year: number,
  month: number | null,
  day: number | null,
  text: string,
): NormalizedDate {
  if (year < MIN_YEAR || year > MAX_YEAR) return invalid(msg.yearRange(text))
  if (month === null) return { value: formatYmd(year, 1, 1).slice(0, 4), precision: 'year' }
  if (month < 1 || month > 12) return invalid(msg.badMonth(text))
  if (day === null) return { value: formatYmd(year, month, 1).slice(0, 7), precision: 'month' }
  if (day < 1 || day > daysInMonth(year, month)) return invalid(msg.badDay(text))
  return { value: formatYmd(year, month, day), precision: 'day' }
}

function invalid(warning: string): NormalizedDate {
  return { value: null, precision: null, warning }
}

function describe(raw: unknown): string {
  try {
    return typeof raw === 'string' ? raw : String(raw)
  } catch {
    return typeof raw
  }
}
