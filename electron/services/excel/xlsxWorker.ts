import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { parentPort } from 'node:worker_threads'
import { importFileText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { cellLength, plainCell } from './cellValue'
import { FORBIDDEN_NAMES, SPREADSHEET_LIMITS } from './limits'
import type { MainMessage, ReadJob, SheetRow, WorkerMessage } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { inspectXlsx } from './zipInspect'

/*
 * Reads an .xlsx in a worker thread: the parse runs beside the import on a second core, and
 * a hostile file that exhausts the worker's heap kills the worker, not the app. One file at a
 * time; between files the worker waits, so the next import does not pay for starting one.
 */

const BATCH_ROWS = 500
const MAX_IN_FLIGHT = 8

const port = parentPort!
let inFlight = 0
let wake: (() => void) | null = null
let skipSheet = false
let currentSheet = ''

port.on('message', (m: MainMessage) => {
  if (m.type === 'ack') {
    inFlight--
    wake?.()
    wake = null
  } else if (m.type === 'skipSheet') {
    skipSheet = true
  } else if (m.type === 'read') {
    inFlight = 0
    skipSheet = false
    read(m.job).then(
      () => post({ type: 'done' }),
      (e: unknown) => {
        const err = asSpreadsheetError(e)
        post({ type: 'error', problem: err.problem, message: err.message })
      },
    )
  }
})

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
  await inspectXlsx(buf)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buf]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
  let total = 0
  let sheets = 0
  for await (const sheet of reader) {
    sheets++
    const ws = sheet as unknown as { name: string; state?: string } & AsyncIterable<ExcelJS.Row>
    const name = ws.name
    currentSheet = name
    if (FORBIDDEN_NAMES.has(name))
      throw new SpreadsheetError('forbiddenName', text.forbiddenName(name))
    if (input.sheet !== undefined && name !== input.sheet) continue
    const hidden = ws.state === 'hidden' || ws.state === 'veryHidden'
    post({ type: 'sheet', name, hidden })
    if (hidden) continue
    skipSheet = false
    let batch: SheetRow[] = []
    for await (const row of ws) {
      if (skipSheet) continue
      const cells = rowCells(row, name)
      if (++total > SPREADSHEET_LIMITS.maxImportRows) {
        throw new SpreadsheetError(
          'tooManyRows',
          text.tooManyRows(SPREADSHEET_LIMITS.maxImportRows),
        )
      }
      batch.push([row.number, cells])
      if (batch.length >= BATCH_ROWS) {
        await postRows(batch)
        batch = []
      }
    }
    if (batch.length && !skipSheet) await postRows(batch)
  }
  if (sheets === 0) throw new SpreadsheetError('noSheets', text.noSheets)
}

/** ExcelJS refuses a column past XFD with "Out of bounds"; everything else is a damaged file. */
function asSpreadsheetError(e: unknown): SpreadsheetError {
  if (e instanceof SpreadsheetError) return e
  if (e instanceof Error && /out of bounds/i.test(e.message)) {
    return new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(currentSheet, '—'))
  }
  return new SpreadsheetError('damaged', text.damaged)
}

function rowCells(row: ExcelJS.Row, sheet: string): RawCell[] {
  if (row.number > SPREADSHEET_LIMITS.maxRows) {
    throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(sheet, `${row.number}`))
  }
  // values[0] is unused: values[1] is column A.
  const values = row.values as unknown[]
  if (values.length - 1 > SPREADSHEET_LIMITS.maxColumns) {
    throw new SpreadsheetError('cellOutOfRange', text.cellOutOfRange(sheet, `${row.number}`))
  }
  const cells: RawCell[] = new Array<RawCell>(Math.max(0, values.length - 1))
  for (let i = 1; i < values.length; i++) {
    const cell = plainCell(values[i])
    if (cellLength(cell) > SPREADSHEET_LIMITS.maxCellChars) {
      throw new SpreadsheetError('hugeCell', text.hugeCell(sheet, row.number))
    }
    cells[i - 1] = cell
  }
  return cells
}
