import { ANY_SPACE, toHalfWidth } from '../text/halfWidth'

// +86 / 0086 / 86 in front of an 11-digit mobile, with any spaces, dashes, dots, brackets.
const MOBILE = /^(?:\+?86|0086)?(1\d{10})$/
// Area codes: 010 and 02x have three digits, all others four. Local numbers have 7–8 digits,
// sometimes written in two halves (8888 8888).
const AREA = '0(?:[12]\\d|[3-9]\\d{2})'
const SEP = '[-.\\s]*'
const NUMBER = '(\\d{3,4}[-.\\s]?\\d{4})'
const EXTENSION = `(?:\\s*(?:-|转|分机|ext\\.?|x|#)\\s*(\\d{1,6}))?`
const LANDLINE = new RegExp(
  `^(?:(?:\\+|00)86${SEP})?\\(?(${AREA})\\)?${SEP}${NUMBER}${EXTENSION}$`,
  'i',
)
// The same number written internationally drops the area code's leading 0: +86 571 88888888.
const LANDLINE_INTL = new RegExp(
  `^(?:\\+|00)86${SEP}\\(?((?:[12]\\d|[3-9]\\d{2}))\\)?${SEP}${NUMBER}${EXTENSION}$`,
  'i',
)
const LOCAL = new RegExp(`^${NUMBER}${EXTENSION}$`, 'i')

/**
 * A phone number as typed or imported → the form we store: an 11-digit mobile as bare digits,
 * a landline as 0571-88888888 (plus -extension). Anything it cannot read comes back folded to
 * half width with its spaces tidied, for checkPhone to reject. Idempotent; never throws.
 */
export function normalizePhone(raw: string): string {
  if (raw === null || raw === undefined) return ''
  const text = toHalfWidth(typeof raw === 'string' ? raw : String(raw))
    .replace(ANY_SPACE, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
  const mobile = MOBILE.exec(text.replace(/[\s\-.()]/g, ''))
  if (mobile) return mobile[1]!
  const landline = LANDLINE.exec(text) ?? LANDLINE_INTL.exec(text)
  if (landline) {
    const area = landline[1]!.startsWith('0') ? landline[1]! : `0${landline[1]!}`
    return withExtension(`${area}-${digitsOf(landline[2]!)}`, landline[3])
  }
  const local = LOCAL.exec(text)
  if (local) return withExtension(digitsOf(local[1]!), local[2])
  return text
}

const digitsOf = (text: string) => text.replace(/\D/g, '')

function withExtension(number: string, extension: string | undefined): string {
  return extension ? `${number}-${extension}` : number
}
