import { parentPort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import { workerFailure, type WorkerFailure } from '../workers/workerError'
import { hashAndCheckPages, type PagePass } from './pageHmacs'

/*
 * A backup's page pass (pageHmacs.ts) on a thread of its own, started by the backup's
 * worker while that thread runs quick_check on the same snapshot: the two each read the
 * whole file and are CPU-bound, and side by side a large backup waits for the longer of
 * them instead of both (scripts/bench/README.md, "Data at rest").
 */

export interface PagePassJob {
  path: string
  pages: { key: Uint8Array; pageSize: number } | null
}

export type PagePassMessage = { type: 'done'; value: PagePass } | WorkerFailure

const port = parentPort!
announceLoaded(port, { sqliteAddon: false })

port.once('message', (job: PagePassJob) => {
  try {
    const pages = job.pages && { key: Buffer.from(job.pages.key), pageSize: job.pages.pageSize }
    port.postMessage({ type: 'done', value: hashAndCheckPages(job.path, pages) })
  } catch (e) {
    port.postMessage(workerFailure(e))
  }
})
