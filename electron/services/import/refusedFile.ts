import { AppError } from '../../core/appError'
import { SpreadsheetError } from '../excel/spreadsheetError'
import type { Logger } from '../logger'

/**
 * A refused file becomes the one error type handlers throw, its Chinese message intact; what
 * went wrong underneath (a parser's stack) goes to the log, so a "damaged file" can be traced.
 */
export function refusedFile(log: Logger): (e: unknown) => never {
  return (e) => {
    if (!(e instanceof SpreadsheetError)) throw e
    if (e.detail) log.warn(`spreadsheet refused (${e.problem}): ${e.detail}`)
    throw new AppError('BAD_INPUT', e.message)
  }
}
