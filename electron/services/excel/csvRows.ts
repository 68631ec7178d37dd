import { importFileText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { decodeText, type ChosenEncoding, type TextEncoding } from './decodeText'
import { SPREADSHEET_LIMITS } from './limits'
import type { SheetRow } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'

const DELIMITERS = [',', '\t', ';'] as const

/**
 * A CSV (or tab-separated text, as Excel's "Unicode text" writes) → rows numbered as Excel
 * shows them once opened: one row per record, even when a quoted field holds line breaks.
 * Quoted fields may hold separators and doubled quotes. Every cell stays text:
 * 330621198503121234 is not turned into a number, so nothing is lost that the file still had.
 */
export function readCsv(
  bytes: Uint8Array,
  chosen?: ChosenEncoding,
): { encoding: TextEncoding; rows: SheetRow[] } {
  const { text: content, encoding } = decodeText(bytes, chosen)
  const delimiter = guessDelimiter(content)
  const breaks = new RegExp(`[${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]`, 'g')
  const L = SPREADSHEET_LIMITS
  const rows: SheetRow[] = []
  const n = content.length
  let row: RawCell[] = []
  let i = 0

  const nextBreak = (from: number) => {
    breaks.lastIndex = from
    return breaks.exec(content)?.index ?? n
  }
  const record = () => rows.length + 1

  while (i < n) {
    let cell: string
    if (content[i] === '"') {
      cell = ''
      let j = i + 1
      for (;;) {
        const q = content.indexOf('"', j)
        if (q === -1) throw new SpreadsheetError('csvBadQuotes', text.csvBadQuotes(record()))
        cell += content.slice(j, q)
        if (content[q + 1] === '"') {
          cell += '"'
          j = q + 2
        } else {
          i = q + 1
          break
        }
        if (cell.length > L.maxCellChars) break
      }
      // Excel keeps text after the closing quote (rare, but seen in hand-edited files).
      const end = nextBreak(i)
      cell += content.slice(i, end)
      i = end
    } else {
      const end = nextBreak(i)
      cell = content.slice(i, end)
      i = end
    }
    if (cell.length > L.maxCellChars) {
      throw new SpreadsheetError('hugeCell', text.hugeCell(text.csvName, record()))
    }
    row.push(cell)
    if (row.length > L.maxColumns) {
      throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(text.csvName, `${record()}`))
    }
    if (i < n && content[i] === delimiter) {
      i++
      // A separator at the very end of the text still ends a cell: a,b, has three.
      if (i === n) row.push('')
      continue
    }
    if (i < n) i += content[i] === '\r' && content[i + 1] === '\n' ? 2 : 1
    rows.push([record(), row])
    if (rows.length > L.maxImportRows) {
      throw new SpreadsheetError('tooManyRows', text.tooManyRows(L.maxImportRows))
    }
    row = []
  }
  if (row.length) rows.push([record(), row])
  return { encoding, rows }
}

/** The separator used most on the first line, outside quotes. */
function guessDelimiter(content: string): string {
  // A delimiter is believed only when the first lines agree on how many they hold: a stray
  // semicolon in a comma file's first cell must not split the whole file on semicolons.
  const lines = content
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5)
    .map((l) => l.replace(/"[^"]*"/g, ''))
  if (!lines.length) return ','
  let best: string = ','
  let most = 0
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => l.split(d).length - 1)
    const steady = counts.every((c) => c === counts[0])
    if (steady && counts[0]! > most) {
      best = d
      most = counts[0]!
    }
  }
  return best
}
