import { bareWrite, readAllRows } from './excelFiles'

/*
 * The .xlsx export's baseline in a process of its own (excelBench.ts): every cell of the
 * exported file read back and held (~260 MB of JavaScript values at 100k rows), then timed
 * through ExcelJS's streaming writer, the milliseconds sent back. Held on the bench's main
 * thread, those cells raised its V8 heap by that much, and V8 keeps the pages of a heap that
 * has shrunk (pooled for reuse, resident), so the bench's own baseline data stayed in the
 * RSS of every later phase; in a worker thread they were still the process's RSS while it
 * ran (its peak at a province). The app never holds them: the bench's peak RSS is the app's.
 */

export interface BareWriteJob {
  /** The exported file whose cells are written again. */
  source: string
  target: string
}

process.once('message', (job: BareWriteJob) => {
  void (async () => {
    const rows = await readAllRows(job.source)
    const t0 = performance.now()
    await bareWrite(job.target, rows)
    process.send!(performance.now() - t0, () => process.exit(0))
  })()
})
