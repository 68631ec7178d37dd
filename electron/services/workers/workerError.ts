import type { ErrorCode } from '../../../shared/contract/result'
import { AppError } from '../../core/appError'

/** An error as it crosses from a worker thread: structured clone keeps no class or `code`. */
export interface WorkerFailure {
  type: 'error'
  appCode: ErrorCode | null
  /** The system's code (ENOSPC, SQLITE_FULL): callers word a full disk from it. */
  code: string | null
  message: string
  stack: string | null
}

export function workerFailure(e: unknown): WorkerFailure {
  const err = e instanceof Error ? e : new Error(String(e))
  return {
    type: 'error',
    appCode: e instanceof AppError ? e.code : null,
    code: typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null,
    message: err.message,
    stack: err.stack ?? null,
  }
}

/** The error again on the main side, as the code that threw it would have seen it. */
export function errorFromWorker(f: WorkerFailure): Error {
  if (f.appCode) return new AppError(f.appCode, f.message)
  const err = Object.assign(new Error(f.message), f.code ? { code: f.code } : {})
  if (f.stack) err.stack = f.stack
  return err
}
