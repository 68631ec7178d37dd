import { basename, extname } from 'node:path'
import { importFileText as text } from '../../../shared/i18n/imports'
import { readCsv } from './csvRows'
import { decodeText, type ChosenEncoding, type TextEncoding } from './decodeText'
import { readHtmlTables, type MemorySheet } from './htmlTable'
import { readSpreadsheetMl } from './spreadsheetMl'
import { spreadsheetKind, type SpreadsheetKind } from './fileKind'
import type { SheetEvent } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { readXlsx, type SheetReader } from './xlsxRows'

export interface OpenedSpreadsheet {
  kind: SpreadsheetKind
  /** Text files (CSV, HTML, XML) only. */
  encoding: TextEncoding | null
  reader: SheetReader
}

const BATCH = 2000

/**
 * Any file we import → its sheets and rows, the same way for .xlsx, CSV, an HTML table saved
 * as .xls and Excel 2003 XML. Refusals (.xls, encrypted, zip bombs…) are SpreadsheetErrors
 * with a Chinese message. A CSV or an HTML page is one sheet named after the file, as Excel
 * names it when opening one. `encoding` overrides what a text file's bytes suggest.
 */
export function openSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
  encoding?: ChosenEncoding,
): OpenedSpreadsheet {
  const kind = spreadsheetKind(bytes, fileName)
  if (kind === 'xlsx') return { kind, encoding: null, reader: readXlsx(bytes, sheet) }
  let found: TextEncoding
  let sheets: (MemorySheet & { hidden?: boolean })[]
  if (kind === 'csv') {
    const csv = readCsv(bytes, encoding)
    found = csv.encoding
    sheets = [{ name: csvSheetName(fileName), rows: csv.rows, merges: [] }]
  } else {
    const decoded = decodeText(bytes, encoding)
    found = decoded.encoding
    sheets =
      kind === 'html'
        ? [readHtmlTables(decoded.text, csvSheetName(fileName))]
        : readSpreadsheetMl(decoded.text)
  }
  if (sheet !== undefined) {
    sheets = sheets.filter((s) => s.name === sheet)
    if (!sheets.length) throw new SpreadsheetError('sheetNotFound', text.sheetNotFound(sheet))
  }
  return { kind, encoding: found, reader: memoryReader(sheets) }
}

/** Sheets already read whole (text files) handed over as the .xlsx reader hands its own. */
function memoryReader(sheets: (MemorySheet & { hidden?: boolean })[]): SheetReader {
  let skipped = -1
  let current = -1
  return {
    skipSheet: () => (skipped = current),
    async *[Symbol.asyncIterator](): AsyncGenerator<SheetEvent> {
      for (const [index, s] of sheets.entries()) {
        current = index
        const hidden = s.hidden ?? false
        yield { type: 'sheet', name: s.name, hidden }
        if (hidden) continue
        if (s.merges.length) yield { type: 'merges', ranges: s.merges }
        for (let i = 0; i < s.rows.length && skipped !== index; i += BATCH) {
          yield { type: 'rows', rows: s.rows.slice(i, i + BATCH) }
        }
      }
    },
  }
}

export function csvSheetName(fileName: string): string {
  const base = basename(fileName.replace(/\\/g, '/'))
  return base.slice(0, base.length - extname(base).length) || base
}
