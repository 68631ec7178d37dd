import { basename, extname } from 'node:path'
import { importFileText as text } from '../../../shared/i18n/imports'
import { readCsv } from './csvRows'
import type { TextEncoding } from './decodeText'
import { spreadsheetKind, type SpreadsheetKind } from './fileKind'
import type { SheetEvent } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { readXlsx, type SheetReader } from './xlsxRows'

export interface OpenedSpreadsheet {
  kind: SpreadsheetKind
  /** CSV only. */
  encoding: TextEncoding | null
  reader: SheetReader
}

const CSV_BATCH = 2000

/**
 * Any file we import → its sheets and rows, the same way for .xlsx and CSV. Refusals
 * (.xls, encrypted, zip bombs…) are SpreadsheetErrors with a Chinese message. A CSV is one
 * sheet named after the file, as Excel names it when opening one.
 */
export function openSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
): OpenedSpreadsheet {
  const kind = spreadsheetKind(bytes, fileName)
  if (kind === 'xlsx') return { kind, encoding: null, reader: readXlsx(bytes, sheet) }
  const { encoding, rows } = readCsv(bytes)
  const name = csvSheetName(fileName)
  if (sheet !== undefined && sheet !== name)
    throw new SpreadsheetError('sheetNotFound', text.sheetNotFound(sheet))
  let skipped = false
  return {
    kind,
    encoding,
    reader: {
      skipSheet: () => (skipped = true),
      async *[Symbol.asyncIterator](): AsyncGenerator<SheetEvent> {
        yield { type: 'sheet', name, hidden: false }
        for (let i = 0; i < rows.length && !skipped; i += CSV_BATCH) {
          yield { type: 'rows', rows: rows.slice(i, i + CSV_BATCH) }
        }
      },
    },
  }
}

export function csvSheetName(fileName: string): string {
  const base = basename(fileName.replace(/\\/g, '/'))
  return base.slice(0, base.length - extname(base).length) || base
}
