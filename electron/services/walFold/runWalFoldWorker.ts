import { runWorker } from '../workers/runWorker'
import { workerEntry } from '../workers/workerEntry'
import type { WalFoldJob, WalFoldOutcome, WalFoldWorkerMessage } from './walFoldWorker'

/** One checkpoint of the database at `job.dbPath` in a worker thread (walFoldWorker.ts). */
export function runWalFoldWorker(job: WalFoldJob, signal: AbortSignal): Promise<WalFoldOutcome> {
  const entry = workerEntry(
    import.meta.url,
    new URL('./walFoldWorker.js', import.meta.url),
    new URL('./walFoldWorker.ts', import.meta.url),
  )
  return runWorker<WalFoldWorkerMessage, WalFoldOutcome>(entry, job, () => undefined, signal)
}
