import { parentPort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import { writeEncryptedCopy } from '../../../db/atRest/encryptPlain'
import type { EncryptStage } from '../../../shared/contract/backups'
import { workerFailure, type WorkerFailure } from '../workers/workerError'

/*
 * Writes and checks the encrypted copy of a database from before encryption in a worker
 * thread (runEncryptWorker): a city database takes many seconds, and the sign-in screen
 * must go on receiving its progress meanwhile.
 */

export interface EncryptJob {
  dbPath: string
  key: Uint8Array
}

export type EncryptWorkerMessage =
  { type: 'stage'; stage: EncryptStage } | { type: 'done' } | WorkerFailure

const port = parentPort!
announceLoaded(port, { sqliteAddon: true })
const post = (m: EncryptWorkerMessage) => port.postMessage(m)

port.once('message', (job: EncryptJob) => {
  try {
    writeEncryptedCopy(job.dbPath, Buffer.from(job.key), (stage) => post({ type: 'stage', stage }))
    post({ type: 'done' })
  } catch (e) {
    post(workerFailure(e))
  }
})
