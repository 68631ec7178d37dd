import { idCard as msg } from '../i18n/checks'
import { isRealDate, localToday } from '../dates/calendar'
import { idCheckDigit } from './idCheckDigit'

export { idCheckDigit } from './idCheckDigit'

export type IdStatus =
  | 'valid'
  | 'valid15'
  | 'truncated'
  | 'bad-check'
  | 'bad-date'
  | 'bad-length'
  | 'bad-chars'
  | 'empty'

export interface IdCheck {
  status: IdStatus
  /** valid or valid15: the number can be stored. */
  ok: boolean
  /** YYYY-MM-DD, only when ok. */
  birthDate?: string
  /** GB/T 2261.1: '1' 男, '2' 女; only when ok. */
  sex?: '1' | '2'
  /** One Chinese sentence naming 身份证号; never contains the number itself. */
  message: string
  warning?: string
}

export interface IdCheckOptions {
  /** YYYY-MM-DD; birth dates after it are rejected. Defaults to the local date. */
  today?: string
  /**
   * 'number' when the value came from a numeric spreadsheet cell. Excel keeps 15 significant
   * digits, so such a cell can never hold a whole 18-digit number, even one that happens to
   * pass the check digit.
   */
  source?: 'text' | 'number'
}

// What Excel shows for a long number: 3.30621E+17, 3.30621198503121E+17, 3.3062E17.
const SCIENTIFIC = /^\d(?:\.\d+)?E\+?\d+$/
// A number formatted with thousands separators: 330,621,198,503,121,000.
const GROUPED = /^\d{1,3}(?:,\d{3})+$/

/**
 * Validates an ID number already passed through normalizeIdNumber: GB 11643 check digit,
 * a real birth date between 1900 and today, and the Excel damage that cannot be undone.
 * The region code is not checked: old numbers keep the code of the day they were issued.
 */
export function checkIdNumber(id: string, options: IdCheckOptions = {}): IdCheck {
  if (typeof id !== 'string' || id === '') return fail('empty', msg.empty)
  if (SCIENTIFIC.test(id)) return fail('truncated', msg.truncated)
  if (GROUPED.test(id)) {
    return id.replace(/,/g, '').length >= 16
      ? fail('truncated', msg.truncated)
      : fail('bad-chars', msg.badChars)
  }
  if (!/^[\dX]+$/.test(id)) return fail('bad-chars', msg.badChars)
  if (id.slice(0, -1).includes('X')) return fail('bad-chars', msg.xNotLast)

  if (options.source === 'number' && id.length > 15) return fail('truncated', msg.truncated)

  const today = options.today ?? localToday()
  if (id.length === 15) {
    if (id.endsWith('X')) return fail('bad-chars', msg.xNotLast)
    const birth = `19${id.slice(6, 8)}-${id.slice(8, 10)}-${id.slice(10, 12)}`
    const dateProblem = birthProblem(birth, today)
    if (dateProblem) return fail('bad-date', dateProblem)
    return {
      status: 'valid15',
      ok: true,
      birthDate: birth,
      sex: sexOf(id[14]!),
      message: msg.valid15,
      warning: msg.warn15,
    }
  }
  if (id.length !== 18) return fail('bad-length', msg.badLength(id.length))

  const checkDigitOk = idCheckDigit(id.slice(0, 17)) === id[17]
  // Excel keeps 15 significant digits: the last three come back as 000, and rounding may even
  // carry into the date, so this is decided before the date is looked at.
  if (!checkDigitOk && id.endsWith('000')) return fail('truncated', msg.truncated)
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  const dateProblem = birthProblem(birth, today)
  if (dateProblem) return fail('bad-date', dateProblem)
  if (!checkDigitOk) return fail('bad-check', msg.badCheck)
  const result: IdCheck = {
    status: 'valid',
    ok: true,
    birthDate: birth,
    sex: sexOf(id[16]!),
    message: msg.valid,
  }
  // One in eleven truncated numbers passes the check digit by chance; a real one rarely ends so.
  if (id.endsWith('000')) result.warning = msg.warnEnds000
  return result
}

function fail(status: IdStatus, message: string): IdCheck {
  return { status, ok: false, message }
}

function sexOf(digit: string): '1' | '2' {
  return Number(digit) % 2 === 1 ? '1' : '2'
}

function birthProblem(date: string, today: string): string | null {
  if (!isRealDate(date)) return msg.badDate
  if (date < '1900-01-01') return msg.tooOld
  if (date > today) return msg.futureDate
  return null
}
