import type { ApiError, ErrorCode } from '../../shared/contract/result'
import { errorMessages } from '../../shared/i18n/errors'

/** The one error type handlers throw; it crosses the boundary as `{code, message}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorMessages[code],
    readonly issues?: ApiError['issues'],
  ) {
    super(message)
    this.name = 'AppError'
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message }
  }
}
