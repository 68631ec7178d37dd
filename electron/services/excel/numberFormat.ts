/**
 * What a number format makes of a number, as far as reading a roster cares: a calendar date,
 * a year and month only, a time of day, a duration ([h]:mm), a fixed count of decimals
 * (1986.10 shown with its trailing zero), or the number as it is.
 */
export type NumberStyle =
  | { kind: 'number' }
  | { kind: 'fixed'; decimals: number }
  | { kind: 'date' }
  | { kind: 'month' }
  | { kind: 'time'; seconds: boolean }
  | { kind: 'elapsed'; unit: 'h' | 'm' | 's'; seconds: boolean }

export const PLAIN_NUMBER: NumberStyle = { kind: 'number' }

/**
 * Built-in formats by id (ECMA-376 18.8.30, and the East Asian ones as Excel and WPS show them
 * in a Chinese locale: 27 is yyyy"年"m"月", 28 m"月"d"日", 31 yyyy"年"m"月"d"日", 32–35 times).
 */
const BUILT_IN: Record<number, string> = {
  2: '0.00',
  4: '#,##0.00',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: 'h"时"mm"分"',
  35: 'h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mm:ss.0',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: 'h"时"mm"分"',
  56: 'h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
}

export function builtInFormat(id: number): string {
  return BUILT_IN[id] ?? 'General'
}

/** The format with its literal parts ("…", \x, _x, *x) and colour/locale brackets removed. */
function bareFormat(code: string): string {
  // Only the first section speaks for a positive number.
  const first = code.split(';')[0] ?? ''
  return first
    .replace(/"[^"]*"/g, '')
    .replace(/\\.|_.|\*./g, '')
    .replace(/\[(?![hms]+])[^\]]*]/gi, '')
    .replace(/General/gi, '')
}

/** How a format code shows a number; see NumberStyle. */
export function numberStyle(code: string): NumberStyle {
  const bare = bareFormat(code)
  const elapsed = /\[(h+|m+|s+)]/i.exec(bare)
  if (elapsed) {
    const unit = elapsed[1]![0]!.toLowerCase() as 'h' | 'm' | 's'
    return { kind: 'elapsed', unit, seconds: /s/i.test(bare.replace(elapsed[0], '')) }
  }
  if (/[yd]/i.test(bare)) return /d/i.test(bare) ? { kind: 'date' } : { kind: 'month' }
  if (/[hs]/i.test(bare)) return { kind: 'time', seconds: /s/i.test(bare) }
  // m alone is a month (mmm-yy has y and was taken above); here only m:ss-like times remain.
  if (/m/i.test(bare)) return { kind: 'time', seconds: true }
  if (/[%eE]/.test(bare)) return PLAIN_NUMBER
  const decimals = /[0#?]\.([0]+)/.exec(bare)
  return decimals ? { kind: 'fixed', decimals: decimals[1]!.length } : PLAIN_NUMBER
}

/** Does a format code show a date or time, as Excel decides which numbers are dates? */
export function isDateFormat(code: string): boolean {
  const kind = numberStyle(code).kind
  return kind !== 'number' && kind !== 'fixed'
}
