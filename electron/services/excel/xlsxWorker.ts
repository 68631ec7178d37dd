import { StringDecoder } from 'node:string_decoder'
import { parentPort } from 'node:worker_threads'
import { importFileText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { cellLength } from './cellValue'
import { FORBIDDEN_NAMES, SPREADSHEET_LIMITS } from './limits'
import type { NameReading, MainMessage, ReadJob, SheetRow, WorkerMessage } from './sheetMessages'
import { verticalMerges } from './sheetMerges'
import { SheetRowParser } from './sheetRowParser'
import { SpreadsheetError } from './spreadsheetError'
import { memoryReducingCollection } from '../memoryReducingCollection'
import { readXlsxBook, type BookSheet, type XlsxBook } from './xlsxBook'
import type { ZipEntry } from './zipDirectory'
import { checkedPieces, inspectXlsx } from './zipInspect'

/*
 * Reads an .xlsx in a worker thread: the parse runs beside the import on a second core, and
 * a hostile file that exhausts the worker's heap kills the worker, not the app. One file at a
 * time; between files the worker waits, so the next import does not pay for starting one.
 */

const BATCH_ROWS = 500
const MAX_IN_FLIGHT = 8

const port = parentPort!
const REST_AFTER_MS = 1_000
let resting: NodeJS.Timeout | null = null
let inFlight = 0
let wake: (() => void) | null = null
/** Ordinal of the sheet being read, and of the last one main asked to skip. */
let sheetOrdinal = 0
let skippedOrdinal = 0
let currentSheet = ''
/** The sheet (ordinal) and column whose cells go out read as names too, once asked for. */
let names: { sheet: number; column: number } | null = null
let readName: ((cell: RawCell | undefined) => NameReading | undefined) | null = null

port.on('message', (m: MainMessage) => {
  if (m.type === 'ack') {
    inFlight--
    wake?.()
    wake = null
  } else if (m.type === 'skipSheet') {
    // Names the sheet it means: a late request must not stop the next sheet's rows.
    skippedOrdinal = m.sheet
  } else if (m.type === 'nameColumn') {
    names = { sheet: m.sheet, column: m.column }
    // Rows sent before it has loaded go without names: main reads those itself.
    if (!readName) {
      void import('./nameReading').then(
        (r) => (readName = r.nameReading),
        () => undefined,
      )
    }
  } else if (m.type === 'read') {
    if (resting) clearTimeout(resting)
    resting = null
    inFlight = 0
    names = null
    sheetOrdinal = 0
    skippedOrdinal = 0
    read(m.job)
      .then(
        () => post({ type: 'done' }),
        (e: unknown) => {
          const err = asSpreadsheetError(e)
          post({ type: 'error', problem: err.problem, message: err.message, detail: err.detail })
        },
      )
      .finally(restSoon)
  }
})

/**
 * A second after a file is read, unless the next one came: one memory-reducing collection. A
 * waiting worker never collects, and kept what a large sheet left (~350 MB after the
 * province bench's 100k rows) until it ended; its compiled parser stays warm for the next file. Not at once: an import's
 * apply reads the file its preview has just read, and would wait for it.
 */
function restSoon(): void {
  resting = setTimeout(() => {
    resting = null
    memoryReducingCollection()?.()
  }, REST_AFTER_MS)
}

function post(message: WorkerMessage): void {
  port.postMessage(message)
}

async function postRows(rows: SheetRow[]): Promise<void> {
  while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((r) => (wake = r))
  inFlight++
  post({ type: 'rows', rows })
}

async function read(input: ReadJob): Promise<void> {
  const buf = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength)
  const { entries, workbook } = await inspectXlsx(buf)
  const book = readXlsxBook(buf, entries, workbook)
  if (book.sheets.length === 0) throw new SpreadsheetError('noSheets', text.noSheets)
  const total = { rows: 0 }
  for (const sheet of book.sheets) {
    currentSheet = sheet.name
    if (FORBIDDEN_NAMES.has(sheet.name))
      throw new SpreadsheetError('forbiddenName', text.forbiddenName(sheet.name))
    if (input.sheet !== undefined && sheet.name !== input.sheet) continue
    sheetOrdinal++
    post({ type: 'sheet', name: sheet.name, hidden: sheet.hidden })
    if (sheet.hidden || !sheet.part) continue
    await readSheet(buf, book, sheet, sheet.part, total)
  }
}

async function readSheet(
  buf: Buffer,
  book: XlsxBook,
  sheet: BookSheet,
  part: ZipEntry,
  total: { rows: number },
): Promise<void> {
  const parser = new SheetRowParser(book, sheet.name)
  const ordinal = sheetOrdinal
  const merges = await verticalMerges(checkedPieces(buf, part))
  if (merges.length) post({ type: 'merges', ranges: merges })
  let batch: SheetRow[] = []
  const take = async (rows: SheetRow[]) => {
    for (const [number, cells] of rows) {
      checkCells(sheet.name, number, cells)
      if (++total.rows > SPREADSHEET_LIMITS.maxImportRows) {
        throw new SpreadsheetError(
          'tooManyRows',
          text.tooManyRows(SPREADSHEET_LIMITS.maxImportRows),
        )
      }
      const name = readName && names?.sheet === ordinal ? readName(cells[names.column]) : undefined
      batch.push(name ? [number, cells, name] : [number, cells])
      if (batch.length >= BATCH_ROWS) {
        await postRows(batch)
        batch = []
      }
    }
  }
  const decoder = new StringDecoder('utf8')
  for await (const piece of checkedPieces(buf, part)) {
    if (skippedOrdinal === ordinal) return
    await take(parser.push(decoder.write(piece)))
  }
  if (skippedOrdinal === ordinal) return
  await take(parser.push(decoder.end()))
  await take(parser.end())
  if (batch.length) await postRows(batch)
}

function checkCells(sheet: string, row: number, cells: RawCell[]): void {
  for (const cell of cells) {
    if (cellLength(cell) > SPREADSHEET_LIMITS.maxCellChars) {
      throw new SpreadsheetError('hugeCell', text.hugeCell(sheet, row))
    }
  }
}

/** Anything but a refusal of our own is a damaged file; what happened goes with it, for the log. */
function asSpreadsheetError(e: unknown): SpreadsheetError {
  if (e instanceof SpreadsheetError) return e
  const err = new SpreadsheetError('damaged', text.damaged)
  err.detail = `${currentSheet}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
  return err
}
