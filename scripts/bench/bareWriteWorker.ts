import { parentPort, workerData } from 'node:worker_threads'
import { bareWrite, readAllRows } from './excelFiles'

/*
 * The .xlsx export's baseline on a thread of its own (excelBench.ts): every cell of the
 * exported file read back and held (~260 MB of JavaScript values at 100k rows), then timed
 * through ExcelJS's streaming writer. Held on the main thread, those cells raised its V8 heap
 * by that much, and V8 keeps the pages of a heap that has shrunk (it pools them for reuse),
 * so the bench's own baseline data stayed in the process's RSS through every later phase;
 * a worker's heap goes when it ends.
 */

export interface BareWriteJob {
  /** The exported file whose cells are written again. */
  source: string
  target: string
}

const job = workerData as BareWriteJob
const rows = await readAllRows(job.source)
const t0 = performance.now()
await bareWrite(job.target, rows)
parentPort!.postMessage(performance.now() - t0)
