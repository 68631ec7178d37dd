import type { RawCell } from '../../../shared/import/rawCell'

/**
 * An ExcelJS cell value → a plain cell: rich text joined, a formula's last result, a
 * hyperlink's text. Errors (#N/A) and anything unknown become empty. A string that merely
 * starts with = is text and stays text.
 */
export function plainCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value
    case 'object':
      break
    default:
      return null
  }
  if (value instanceof Date) return value
  const v = value as Record<string, unknown>
  if (Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[])
      .map((r) => (typeof r.text === 'string' ? r.text : ''))
      .join('')
  }
  if ('formula' in v || 'sharedFormula' in v) return plainCell(v.result)
  if (typeof v.text === 'string') return v.text
  return null
}

/** The length a cell is judged by against Excel's 32767-character limit. */
export function cellLength(cell: RawCell): number {
  return typeof cell === 'string' ? cell.length : 0
}
