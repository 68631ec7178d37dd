import { bareRead, bareWrite, readAllRows } from './excelFiles'

/*
 * The .xlsx figures' baselines in a process of their own (excelBench.ts), warmed and timed
 * there, the milliseconds sent back. The bare write reads every cell of the exported file
 * back and holds it (~260 MB of JavaScript values at 100k rows) before it writes them; the
 * bare read makes ExcelJS's objects for every cell. On the bench's main thread either raised its V8
 * heap by hundreds of MB, and V8 keeps the pages of a heap that has shrunk (pooled for reuse,
 * resident), so the bench's own baseline data stayed in the RSS of every later phase; in a
 * worker thread they were still the process's RSS while it ran. The app never does either:
 * kept out, the bench's peak RSS is the app's.
 */

export type ExcelBaselineJob =
  /** The exported file's cells written again, to `target`. */
  | { kind: 'write'; source: string; target: string }
  /** `warm`: a small file read first, untimed, as the import's preview reads one first. */
  | { kind: 'read'; source: string; warm: string }

export interface ExcelBaselineResult {
  ms: number
  /** Rows the bare read met (the write's: 0). */
  rows: number
}

process.once('message', (job: ExcelBaselineJob) => {
  void (async () => {
    let result: ExcelBaselineResult
    if (job.kind === 'write') {
      const cells = await readAllRows(job.source)
      // Untimed, so that the timed write runs warm code, as the export after its first run.
      await bareWrite(job.target, cells.slice(0, 1000))
      const t0 = performance.now()
      await bareWrite(job.target, cells)
      result = { ms: performance.now() - t0, rows: 0 }
    } else {
      await bareRead(job.warm)
      const t0 = performance.now()
      const { rows } = await bareRead(job.source)
      result = { ms: performance.now() - t0, rows }
    }
    process.send!(result, () => process.exit(0))
  })()
})
