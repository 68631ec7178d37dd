import type { MessagePort } from 'node:worker_threads'
import { loadSqliteAddon } from '../../../db/atRest/loadSqliteAddon'

/**
 * The first word of a one-job worker (runWorker.ts), posted once what it needs is loaded —
 * the keyed SQLite addon among it, for a worker that opens a database. A worker terminated
 * while Node was still registering a native addon aborted the whole process ("FATAL ERROR:
 * Error::New napi_get_last_error_info": a backup cancelled at its start; then, the WAL
 * fold stopped by a close while its first `new Database` loaded the addon). runWorker waits
 * for this word before it terminates a worker.
 */
export const WORKER_LOADED = { type: 'loaded' } as const

export function announceLoaded(port: MessagePort, needs: { sqliteAddon: boolean }): void {
  if (needs.sqliteAddon) loadSqliteAddon()
  port.postMessage(WORKER_LOADED)
}
