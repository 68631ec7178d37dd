import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import { workerFailure, type WorkerFailure } from '../workers/workerError'
import { hashAndCheckPages, type PagePass } from './pageHmacs'

/*
 * A backup's page pass (pageHmacs.ts) on a thread of its own, started by the backup's caller
 * beside the backup's worker (pagePassBeside.ts): the two threads come up together, and once
 * the snapshot is taken the backup's worker runs quick_check while this one reads the same
 * file — both CPU-bound, so a backup waits for the longer of them instead of both
 * (scripts/bench/README.md, "Data at rest"). The job comes from the backup's worker, on the
 * port it was given (PagePassWorkerData), and the answer goes back there; it is also this
 * worker's last word to the thread that started it.
 */

export interface PagePassJob {
  path: string
  pages: { key: Uint8Array; pageSize: number } | null
}

export type PagePassMessage = { type: 'done'; value: PagePass } | WorkerFailure

/** The backup worker's end of the channel: its job arrives there, its answer goes there. */
export interface PagePassWorkerData {
  jobs: MessagePort
}

const port = parentPort!
const { jobs } = workerData as PagePassWorkerData
announceLoaded(port, { sqliteAddon: false })

jobs.once('message', (job: PagePassJob) => {
  let answer: PagePassMessage
  try {
    const pages = job.pages && { key: Buffer.from(job.pages.key), pageSize: job.pages.pageSize }
    answer = { type: 'done', value: hashAndCheckPages(job.path, pages) }
  } catch (e) {
    answer = workerFailure(e)
  }
  jobs.postMessage(answer)
  jobs.close()
  port.postMessage(answer)
})
