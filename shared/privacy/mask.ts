import { normalizeIdNumber } from '../idcard/normalizeIdNumber'
import { checkPhone } from '../phone/checkPhone'
import { normalizePhone } from '../phone/normalizePhone'
import { toHalfWidth } from '../text/halfWidth'
import { PRINTED_FINGERPRINT } from '../packages/fingerprint'

/** `330621198503121234` → `3306**********1234`; 15-digit numbers keep 4 + 4 as well. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length)
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`
}

/** `13812345678` → `138****5678`. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
}

/** `Passw0rd-admin` → `P***`: the first character only, not even the length. */
export function maskUsername(typed: string): string {
  const first = [...typed][0]
  return first === undefined ? '' : `${first}***`
}

/** `1985-03-12` → `1985`: with a masked ID beside it, a full birth date narrows it to a handful. */
export function birthYearOnly(date: string | null): string | null {
  return date ? date.slice(0, 4) : date
}

// Runs of digits as people type them into 备注: either width (the text is folded to half width
// first, which keeps every index), grouped by single spaces (3306 2119 8503 1212 34), an X last,
// +86 in front. Letters or digits right beside a run mean it is part of a code or hash.
const DIGIT_RUN = /(?<![0-9A-Za-z])(?:\+?86 ?)?\d(?: ?\d){6,}(?: ?[Xx])?(?![0-9A-Za-z])/g
// Phones written with dashes or brackets: 138-1234-5678, 0571-88888888, (0571)88888888.
const DASHED_PHONE =
  /(?<![0-9A-Za-z-])(?:1[3-9]\d-?\d{4}-?\d{4}|0\d{2,3}-\d{7,8}|\(0\d{2,3}\) ?\d{7,8})(?![0-9A-Za-z-])/g

/**
 * Masks every ID-shaped and phone-shaped part of free text, judged by the same normalizers and
 * checks as the ID and phone fields: 15 or 18 characters of an ID (the check digit is not
 * required, a mistyped number still identifies), a mobile or a landline with its area code.
 * Longer digit runs keep only their ends. Used for logs, audit details, CLI output and every
 * masked view of 备注, 主要表现, activity notes and the like.
 */
export function maskSensitiveText(text: string): string {
  const folded = toHalfWidth(text)
  const spans: { start: number; end: number; masked: string }[] = []
  for (const m of folded.matchAll(DIGIT_RUN)) {
    const masked = maskDigitRun(m[0])
    if (masked !== null) spans.push({ start: m.index, end: m.index + m[0].length, masked })
  }
  for (const m of folded.matchAll(DASHED_PHONE)) {
    const phone = normalizePhone(m[0])
    if (
      !checkPhone(phone).ok ||
      spans.some((s) => s.start < m.index + m[0].length && m.index < s.end)
    )
      continue
    spans.push({ start: m.index, end: m.index + m[0].length, masked: maskPhone(phone) })
  }
  if (!spans.length) return text
  spans.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const s of spans) {
    out += text.slice(at, s.start) + s.masked
    at = s.end
  }
  return out + text.slice(at)
}

function maskDigitRun(run: string): string | null {
  // A key fingerprint is read out over the phone to verify a unit: it must print whole.
  if (PRINTED_FINGERPRINT.test(run)) return null
  const compact = normalizeIdNumber(run).replace(/^\+/, '')
  if (/^\d{17}[\dX]$|^\d{15}$/.test(compact)) return maskIdNumber(compact)
  const phone = normalizePhone(run)
  if (checkPhone(phone).status === 'mobile') return maskPhone(phone)
  if (phone.startsWith('0') && checkPhone(phone).ok) return maskPhone(phone)
  if (compact.replace(/X$/, '').length >= 15) return maskIdNumber(compact)
  return null
}
