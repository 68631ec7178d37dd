import type { MessagePort } from 'node:worker_threads'

/**
 * The first word of a one-job worker (runWorker.ts), posted once its modules — the keyed
 * SQLite addon among them — are loaded. A worker terminated while Node was still
 * registering a native addon aborted the whole process ("FATAL ERROR: Error::New
 * napi_get_last_error_info", seen once under the test suite as a backup was cancelled at
 * its start): runWorker waits for this word before it terminates a worker.
 */
export const WORKER_LOADED = { type: 'loaded' } as const

export function announceLoaded(port: MessagePort): void {
  port.postMessage(WORKER_LOADED)
}
