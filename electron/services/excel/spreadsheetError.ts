/** Why a file cannot be read; the message is Chinese and says what to do. */
export type SpreadsheetProblem =
  | 'empty'
  | 'tooLarge'
  | 'xls'
  | 'et'
  | 'encrypted'
  | 'ods'
  | 'xlsb'
  | 'numbers'
  | 'fods'
  | 'otherXml'
  | 'htmlNoTable'
  | 'document'
  | 'pdf'
  | 'image'
  | 'archive'
  | 'notSpreadsheet'
  | 'notXlsx'
  | 'damaged'
  | 'zipBomb'
  | 'tooManyEntries'
  | 'lyingSize'
  | 'entities'
  | 'hugeCell'
  | 'hugeText'
  | 'hugeRow'
  | 'cellOutOfRange'
  | 'tooManyRows'
  | 'forbiddenName'
  | 'outOfMemory'
  | 'csvBadQuotes'
  | 'noSheets'
  | 'sheetNotFound'
  | 'nothingReadable'

/** A file refused as a whole. Crosses the worker boundary as {problem, message}. */
export class SpreadsheetError extends Error {
  /** What went wrong underneath, for the log only (never shown: it may hold file content). */
  detail?: string | undefined

  constructor(
    readonly problem: SpreadsheetProblem,
    message: string,
  ) {
    super(message)
    this.name = 'SpreadsheetError'
  }
}
