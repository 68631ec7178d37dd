/**
 * A cell as the readers hand it over: text, a number, a boolean, a date (a date-formatted
 * number of an .xlsx), or nothing. Formulas arrive as their last computed result.
 */
export type RawCell = string | number | boolean | Date | null

/** The text a cell shows for a text field; numbers without exponent or grouping. */
export function cellText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return ''
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return ''
    // 13867368425 typed into a General cell is a number: shown in full, without exponent
    // (below 1e21), and as its shortest decimal, never toFixed's binary tail.
    return String(raw)
  }
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE'
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10)
  }
  return ''
}

/** True when the cell holds nothing but spaces. */
export function isBlankCell(raw: RawCell | undefined): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')
}
