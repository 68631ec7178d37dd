/** What every transport answers: never a raw exception, always a code and a Chinese message. */
export interface ApiError {
  code: ErrorCode
  message: string
  /** Field-level detail for forms, e.g. `{ path: 'admin.password', message: '…' }`. */
  issues?: { path: string; message: string }[]
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError }

export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'NOT_SIGNED_IN',
  'LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'ACCOUNT_LOCKED',
  'ALREADY_INITIALIZED',
  'NOT_INITIALIZED',
  'IO_ERROR',
  /** This shell cannot do it (printing through the desktop app from the web shell). */
  'UNSUPPORTED',
  /** Long work stopped at the user's request, nothing written. */
  'CANCELLED',
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]
