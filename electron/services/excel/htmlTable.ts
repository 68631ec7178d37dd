import { importFileText as text } from '../../../shared/i18n/imports'
import type { MergedRange } from '../../../shared/import/mergedCells'
import type { RawCell } from '../../../shared/import/rawCell'
import { SPREADSHEET_LIMITS } from './limits'
import type { SheetRow } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'

export interface MemorySheet {
  name: string
  rows: SheetRow[]
  merges: MergedRange[]
}

const TAG =
  /<!--[\s\S]*?-->|<(script|style|head)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b([^>]*)>/gi
const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  middot: '·',
  times: '×',
}
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi

/** Text of HTML as a browser shows it: entities decoded, runs of white space one space. */
function htmlText(raw: string): string {
  return raw
    .replace(ENTITY, (whole, body: string) => {
      if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    })
    .replace(/[ \t\r\n\f]+/g, ' ')
}

function span(attributes: string, name: 'rowspan' | 'colspan', max: number): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)
  const n = m ? Number(m[1]) : 1
  return Math.min(Math.max(1, n), max)
}

/**
 * The tables of an HTML page as one sheet, the way Excel opens the "导出Excel" of web systems
 * (an HTML table saved as .xls): every <tr> a row, <td>/<th> cells at the column they take
 * once row and column spans are counted, a cell spanning rows told as a merge (as an .xlsx's
 * merged cells are), the cell's text as shown (<br> a line break). Cells stay text.
 */
export function readHtmlTables(content: string, name: string): MemorySheet {
  const L = SPREADSHEET_LIMITS
  const rows: SheetRow[] = []
  const merges: MergedRange[] = []
  /** Row number → columns (0-based) taken by a cell spanning down from above. */
  const taken = new Map<number, Set<number>>()
  let row: RawCell[] | null = null
  let cell: string | null = null
  let cellSpan = { rows: 1, columns: 1 }
  let tables = 0

  const closeCell = () => {
    if (cell === null || !row) return
    const rowNumber = rows.length + 1
    const busy = taken.get(rowNumber)
    let column = row.length
    while (busy?.has(column)) row[column++] = null
    const value = cell.replace(/ *\n */g, '\n').trim()
    if (value.length > L.maxCellChars)
      throw new SpreadsheetError('hugeCell', text.hugeCell(name, rowNumber))
    row[column] = value === '' ? null : value
    for (let c = 1; c < cellSpan.columns; c++) row[column + c] = null
    if (row.length > L.maxColumns)
      throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(name, `${rowNumber}`))
    if (cellSpan.rows > 1) {
      merges.push({
        top: rowNumber,
        left: column + 1,
        bottom: rowNumber + cellSpan.rows - 1,
        right: column + cellSpan.columns,
      })
      for (let r = 1; r < cellSpan.rows; r++) {
        const below = taken.get(rowNumber + r) ?? new Set<number>()
        for (let c = 0; c < cellSpan.columns; c++) below.add(column + c)
        taken.set(rowNumber + r, below)
      }
    }
    cell = null
  }
  const closeRow = () => {
    closeCell()
    if (!row) return
    const rowNumber = rows.length + 1
    // Columns still taken from above at the row's end are blank cells of this row too.
    const busy = taken.get(rowNumber)
    if (busy) for (const c of busy) if (c >= row.length) row[c] = null
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null
    rows.push([rowNumber, row])
    taken.delete(rowNumber)
    if (rows.length > L.maxImportRows)
      throw new SpreadsheetError('tooManyRows', text.tooManyRows(L.maxImportRows))
    row = null
  }

  let at = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(content); ; m = TAG.exec(content)) {
    const end = m ? m.index : content.length
    if (cell !== null && end > at) cell += htmlText(content.slice(at, end))
    if (!m) break
    at = TAG.lastIndex
    const [, , closing, rawName, attributes] = m
    if (!rawName) continue
    const tag = rawName.toLowerCase()
    if (tag === 'table') {
      if (!closing) tables++
      closeRow()
    } else if (tag === 'tr') {
      closeRow()
      if (!closing) row = []
    } else if (tag === 'td' || tag === 'th') {
      closeCell()
      if (closing) continue
      row ??= []
      cell = ''
      cellSpan = {
        rows: span(attributes ?? '', 'rowspan', 1000),
        columns: span(attributes ?? '', 'colspan', 1000),
      }
    } else if (
      cell !== null &&
      (tag === 'br' || (closing && (tag === 'p' || tag === 'div' || tag === 'li')))
    ) {
      cell += '\n'
    }
  }
  closeRow()
  if (tables === 0 || rows.length === 0) throw new SpreadsheetError('htmlNoTable', text.htmlNoTable)
  return { name, rows, merges }
}
