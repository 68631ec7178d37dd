import type { MergedRange } from '../../../shared/import/mergedCells'
import type { RawCell } from '../../../shared/import/rawCell'
import type { SpreadsheetProblem } from './spreadsheetError'

/** A row of a sheet: its number as Excel shows it, and its cells from column A. */
export type SheetRow = [row: number, cells: RawCell[]]

/**
 * What a spreadsheet reader yields, in order: a sheet, the ranges merged over several of its
 * rows (.xlsx only, when there are any), its rows in batches, the next sheet…
 */
export type SheetEvent =
  | { type: 'sheet'; name: string; hidden: boolean }
  | { type: 'merges'; ranges: MergedRange[] }
  | { type: 'rows'; rows: SheetRow[] }

/** Worker → main. */
export type WorkerMessage =
  | SheetEvent
  | { type: 'done' }
  | { type: 'error'; problem: SpreadsheetProblem; message: string; detail?: string | undefined }

/**
 * Main → worker: read a file (the worker reads one at a time and then waits for the next),
 * a batch was taken (flow control), or stop sending the rows of a sheet (by its place among
 * the sheet events sent, counting from 1).
 */
export type MainMessage =
  { type: 'read'; job: ReadJob } | { type: 'ack' } | { type: 'skipSheet'; sheet: number }

export interface ReadJob {
  bytes: Uint8Array
  /** Only this sheet is read when given. */
  sheet?: string | undefined
}
