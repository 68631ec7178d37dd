import { Worker, type TransferListItem, type WorkerOptions } from 'node:worker_threads'
import { AppError } from '../../core/appError'
import { errorFromWorker, type WorkerFailure } from './workerError'
import type { WORKER_LOADED } from './workerLoaded'

/** A one-job worker's last word: its answer, or its error. Anything else is news on the way. */
type Final<R> = { type: 'done'; value?: R } | WorkerFailure
type Loaded = typeof WORKER_LOADED

/**
 * Starts a worker for one job, passes its news to `onNews`, and answers its `done` value
 * once the worker has exited (its files and connections released). Stopped by `signal`,
 * the worker is terminated — once it has said it is loaded (workerLoaded.ts), never while
 * it loads its addon — and the answer is CANCELLED.
 */
export function runWorker<M extends { type: string }, R>(
  entry: { url: URL; options: WorkerOptions },
  job: unknown,
  onNews: (message: Exclude<M, Final<R>>) => void,
  signal?: AbortSignal,
  /** What the job hands over rather than copies (a MessagePort in it). */
  transfer: readonly TransferListItem[] = [],
): Promise<R> {
  const worker = new Worker(entry.url, entry.options)
  return new Promise<R>((resolve, reject) => {
    let outcome: { value: R } | { error: Error } | null = null
    let loaded = false
    const stop = () => {
      outcome ??= { error: new AppError('CANCELLED') }
      if (loaded) void worker.terminate()
    }
    signal?.addEventListener('abort', stop, { once: true })
    if (signal?.aborted) stop()
    worker.on('message', (m: M | Final<R> | Loaded) => {
      if (m.type === 'loaded') {
        loaded = true
        if (signal?.aborted) void worker.terminate()
        return
      }
      if (m.type === 'done') outcome ??= { value: (m as { value?: R }).value as R }
      else if (m.type === 'error') outcome ??= { error: errorFromWorker(m as WorkerFailure) }
      else return onNews(m as Exclude<M, Final<R>>)
      void worker.terminate()
    })
    worker.on('error', (e) => {
      outcome ??= { error: e }
    })
    worker.on('exit', () => {
      signal?.removeEventListener('abort', stop)
      if (outcome && 'value' in outcome) resolve(outcome.value)
      else reject(outcome?.error ?? new Error('the worker stopped without an answer'))
    })
    worker.postMessage(job, transfer)
  })
}
