import { ANY_SPACE, toHalfWidth } from '../text/halfWidth'

/**
 * The ID number as typed or imported → the plain form we store: no spaces of any kind,
 * half-width digits, upper-case X. Does not judge validity (see checkIdNumber) and never
 * throws, whatever it is given: the importer hands over raw cell values, numbers included.
 */
export function normalizeIdNumber(raw: string): string {
  if (raw === null || raw === undefined) return ''
  const text = typeof raw === 'string' ? raw : String(raw)
  return toHalfWidth(text)
    .replace(ANY_SPACE, '')
    .replace(/[a-z]/g, (ch) => ch.toUpperCase())
}
