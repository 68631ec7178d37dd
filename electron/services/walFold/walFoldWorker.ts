import { parentPort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import { openSqlite } from '../../../db/atRest/cipher'
import { workerFailure, type WorkerFailure } from '../workers/workerError'

/*
 * One WAL checkpoint on a connection of its own (started by runWalFoldWorker after a bulk
 * write): the frames a large import committed are copied into the database file here — each
 * page read back from the WAL, decrypted and checked, encrypted again — while the app's
 * thread answers the user.
 */

/** What the database connection's checkpoint said: frames in the WAL, and how many it folded. */
export interface WalFoldOutcome {
  busy: number
  log: number
  checkpointed: number
}

export type WalFoldWorkerMessage = { type: 'done'; value: WalFoldOutcome } | WorkerFailure

export interface WalFoldJob {
  dbPath: string
  key: Uint8Array | null
}

const port = parentPort!
announceLoaded(port)

port.once('message', (job: WalFoldJob) => {
  try {
    const db = openSqlite(job.dbPath, job.key ? Buffer.from(job.key) : null, {
      fileMustExist: true,
    })
    try {
      // PASSIVE: never waits for the app's readers or writer, and never blocks them; what a
      // reader still needs stays in the WAL for the app's next checkpoint.
      const [outcome] = db.pragma('wal_checkpoint(PASSIVE)') as WalFoldOutcome[]
      port.postMessage({ type: 'done', value: outcome! } satisfies WalFoldWorkerMessage)
    } finally {
      db.close()
    }
  } catch (e) {
    port.postMessage(workerFailure(e))
  }
})
