import { AppError } from '../../core/appError'
import { SpreadsheetError } from '../excel/spreadsheetError'

/** A refused file becomes the one error type handlers throw, its Chinese message intact. */
export function asAppError(e: unknown): never {
  if (e instanceof SpreadsheetError) throw new AppError('BAD_INPUT', e.message)
  throw e
}
