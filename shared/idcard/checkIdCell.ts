import { checkIdNumber, type IdCheck, type IdCheckOptions } from './checkIdNumber'
import { normalizeIdNumber } from './normalizeIdNumber'

/**
 * An ID-number cell as a spreadsheet reader returns it (text, number, null) → the normalized
 * text and its check. A numeric cell is judged as such: see IdCheckOptions.source.
 */
export function checkIdCell(
  raw: unknown,
  options: Omit<IdCheckOptions, 'source'> = {},
): { id: string; check: IdCheck } {
  const fromNumber = typeof raw === 'number' || typeof raw === 'bigint'
  const text =
    raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw : safeString(raw)
  const id = normalizeIdNumber(text)
  return { id, check: checkIdNumber(id, { ...options, source: fromNumber ? 'number' : 'text' }) }
}

function safeString(raw: unknown): string {
  try {
    // Numbers above 1e21 print as 3.3E+21; toLocaleString would add separators. String() is
    // what Excel's own CSV export shows, which is what the truncation check recognizes.
    return String(raw)
  } catch {
    return ''
  }
}
