import type { WorkerOptions } from 'node:worker_threads'
import { workerEntry } from '../workers/workerEntry'

/** The .xlsx worker (xlsxWorker.ts): see workerEntry for where its code is found. */
export function xlsxWorkerEntry(): { url: URL; options: WorkerOptions } {
  return workerEntry(
    import.meta.url,
    new URL('./xlsxWorker.js', import.meta.url),
    new URL('./xlsxWorker.ts', import.meta.url),
  )
}
