import type { MergedRange } from '../../../shared/import/mergedCells'
import type { RawCell } from '../../../shared/import/rawCell'
import type { NamePinyin } from '../../../shared/persons/searchKeys'
import type { SpreadsheetProblem } from './spreadsheetError'

/**
 * A row of a sheet: its number as Excel shows it, its cells from column A and — once main has
 * named the sheet's 姓名 column — that cell read as a name, with its pinyin.
 */
export type SheetRow = [row: number, cells: RawCell[], name?: NameReading]

/**
 * The 姓名 cell as the person's name (normalizePersonName) and that name's pinyin, worked out
 * by the reading worker beside the main thread, which decides every row meanwhile: at a city
 * the pinyin was a fifth of the preview's main-thread time. Main takes it only when the name
 * it decided is this very text (a merged cell, a rule of the validator's: it works it out).
 */
export interface NameReading {
  name: string
  pinyin: NamePinyin
}

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
 * a batch was taken (flow control), stop sending the rows of a sheet (by its place among
 * the sheet events sent, counting from 1), or read that sheet's column as names from now on.
 */
export type MainMessage =
  | { type: 'read'; job: ReadJob }
  | { type: 'ack' }
  | { type: 'skipSheet'; sheet: number }
  | { type: 'nameColumn'; sheet: number; column: number }

export interface ReadJob {
  bytes: Uint8Array
  /** Only this sheet is read when given. */
  sheet?: string | undefined
}
