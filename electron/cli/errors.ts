import { DatabaseOpenError } from '../../db/errors'
import type { ApiError } from '../../shared/contract/result'
import { cli } from '../../shared/i18n/cli'
import { errorMessages } from '../../shared/i18n/errors'
import { AppError } from '../core/appError'

/** What the process exits with: scripts branch on these. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** A failure the CLI reports as one Chinese message on stderr and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** An ApiError code, or the CLI's own: USAGE, DATABASE_OPEN, AUDIT_BROKEN. */
    readonly code: string,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

export function usageError(message: string): CliError {
  return new CliError(message, EXIT.usage, 'USAGE')
}

/**
 * A procedure's error. Bad input came from the command line, so it is a usage error;
 * `optionOf` names the option that carried a field (`unit.code` → `--unit-code`).
 */
export function apiFailure(error: ApiError, optionOf: Record<string, string> = {}): CliError {
  let message = error.message
  if (error.code === 'BAD_INPUT' && error.issues?.length) {
    message = error.issues
      .map((i) => (optionOf[i.path] ? `${optionOf[i.path]}：${i.message}` : i.message))
      .join('\n')
  }
  return new CliError(message, error.code === 'BAD_INPUT' ? EXIT.usage : EXIT.failed, error.code)
}

/** Anything thrown while a command runs, as the one error the user sees; never a stack. */
export function toCliError(e: unknown): CliError {
  if (e instanceof CliError) return e
  if (e instanceof DatabaseOpenError) return new CliError(e.message, EXIT.failed, 'DATABASE_OPEN')
  if (e instanceof AppError) return apiFailure(e.toApiError())
  const detail = e instanceof Error ? e.message : String(e)
  return new CliError(
    detail ? cli.errors.internal(detail) : errorMessages.INTERNAL,
    EXIT.failed,
    'INTERNAL',
  )
}
