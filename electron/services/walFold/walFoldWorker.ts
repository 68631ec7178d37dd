import { parentPort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import { openSqlite } from '../../../db/atRest/cipher'
import { BUSY_TIMEOUT_MS } from '../../../db/busyTimeout'
import { workerFailure, type WorkerFailure } from '../workers/workerError'
import { buildPendingIndexesOneByOne } from '../../../db/pendingIndexes'

/*
 * After a bulk write, on a connection of its own (started by runWalFoldWorker), while the
 * app's thread answers the user: first the indexes the write left to build
 * (db/pendingIndexes.ts), then one WAL checkpoint — the frames the import and those builds
 * committed copied into the database file, each page read back from the WAL, decrypted and
 * checked, encrypted again.
 */

/** What the database connection's checkpoint said: frames in the WAL, and how many it folded. */
export interface WalFoldOutcome {
  /** Indexes this worker built (others may have been built by the app meanwhile). */
  indexesBuilt: number
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
announceLoaded(port, { sqliteAddon: true })

port.once('message', (job: WalFoldJob) => {
  try {
    const db = openSqlite(job.dbPath, job.key ? Buffer.from(job.key) : null, {
      fileMustExist: true,
    })
    try {
      // A build waits for a save of the user's in progress, as the app's connection would.
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
      const indexesBuilt = buildPendingIndexesOneByOne(db)
      // PASSIVE: never waits for the app's readers or writer, and never blocks them; what a
      // reader still needs stays in the WAL for the app's next checkpoint.
      const [checkpoint] = db.pragma('wal_checkpoint(PASSIVE)') as Omit<
        WalFoldOutcome,
        'indexesBuilt'
      >[]
      const value = { indexesBuilt, ...checkpoint! }
      port.postMessage({ type: 'done', value } satisfies WalFoldWorkerMessage)
    } finally {
      db.close()
    }
  } catch (e) {
    port.postMessage(workerFailure(e))
  }
})
