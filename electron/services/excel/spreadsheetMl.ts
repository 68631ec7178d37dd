import { importFileText as text } from '../../../shared/i18n/imports'
import type { MergedRange } from '../../../shared/import/mergedCells'
import type { RawCell } from '../../../shared/import/rawCell'
import type { MemorySheet } from './htmlTable'
import { SPREADSHEET_LIMITS } from './limits'
import { isoCellDate } from './numericCell'
import type { SheetRow } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { decodeXmlText, xmlAttribute } from './xmlText'

const P = '(?:[A-Za-z_][\\w.-]*:)?'
const WORKSHEET = new RegExp(`<${P}Worksheet\\b([^>]*)>([\\s\\S]*?)</${P}Worksheet>`, 'g')
const ROW = new RegExp(`<${P}Row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}Row>)`, 'g')
const CELL = new RegExp(`<${P}Cell\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}Cell>)`, 'g')
const DATA = new RegExp(`<${P}Data\\b([^>]*)>([\\s\\S]*?)</${P}Data>`)
const HIDDEN = new RegExp(`<${P}Visible>\\s*Sheet(Very)?Hidden`)

/** ss:Index, ss:Name… whatever prefix the file bound to the spreadsheet namespace. */
function ssAttribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:[A-Za-z_][\\w.-]*:)?${name}\\s*=\\s*"([^"]*)"`).exec(attributes)
  return m ? decodeXmlText(m[1]!) : undefined
}

function whole(value: string | undefined, fallback: number, max: number): number {
  const n = value === undefined ? fallback : Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback
}

/**
 * An Excel 2003 XML workbook (SpreadsheetML, what "XML 电子表格 2003" saves and some systems
 * export as .xls): each visible worksheet with its rows where ss:Index puts them, cells
 * typed as the file says (Number a number, DateTime the day it names), ss:MergeDown told
 * as a merge. Hidden sheets are left out, as the .xlsx reader leaves them unread.
 */
export function readSpreadsheetMl(content: string): (MemorySheet & { hidden: boolean })[] {
  const L = SPREADSHEET_LIMITS
  const sheets: (MemorySheet & { hidden: boolean })[] = []
  let total = 0
  for (const w of content.matchAll(WORKSHEET)) {
    const name = ssAttribute(w[1]!, 'Name') ?? `Sheet${sheets.length + 1}`
    const rows: SheetRow[] = []
    const merges: MergedRange[] = []
    let rowNumber = 0
    for (const r of w[2]!.matchAll(ROW)) {
      rowNumber = whole(ssAttribute(r[1]!, 'Index'), rowNumber + 1, L.maxRows)
      const cells: RawCell[] = []
      for (const c of (r[2] ?? '').matchAll(CELL)) {
        const column = whole(ssAttribute(c[1]!, 'Index'), cells.length + 1, L.maxColumns)
        while (cells.length < column - 1) cells.push(null)
        cells[column - 1] = dataValue(c[2] ?? '', name, rowNumber)
        const down = Number(ssAttribute(c[1]!, 'MergeDown') ?? 0)
        const across = Number(ssAttribute(c[1]!, 'MergeAcross') ?? 0)
        if (Number.isInteger(down) && down > 0) {
          merges.push({
            top: rowNumber,
            left: column,
            bottom: rowNumber + down,
            right: column + Math.max(0, across),
          })
        }
        if (Number.isInteger(across) && across > 0)
          for (let i = 0; i < across; i++) cells.push(null)
      }
      rows.push([rowNumber, cells])
      if (++total > L.maxImportRows)
        throw new SpreadsheetError('tooManyRows', text.tooManyRows(L.maxImportRows))
    }
    sheets.push({ name, rows, merges, hidden: HIDDEN.test(w[2]!) })
  }
  if (sheets.length === 0) throw new SpreadsheetError('noSheets', text.noSheets)
  return sheets
}

function dataValue(cell: string, sheet: string, row: number): RawCell {
  const m = DATA.exec(cell)
  if (!m) return null
  // Rich text arrives as HTML inside the Data element: its tags are not text.
  const raw = decodeXmlText(m[2]!.replace(/<[^>]*>/g, ''))
  if (raw.length > SPREADSHEET_LIMITS.maxCellChars)
    throw new SpreadsheetError('hugeCell', text.hugeCell(sheet, row))
  switch (ssAttribute(m[1]!, 'Type') ?? xmlAttribute(m[1]!, 'Type')) {
    case 'Number': {
      const n = Number(raw)
      return raw.trim() !== '' && Number.isFinite(n) ? n : raw
    }
    case 'DateTime':
      return isoCellDate(raw)
    case 'Boolean':
      return raw.trim() === '1'
    case 'Error':
      return null
    default:
      return raw
  }
}
