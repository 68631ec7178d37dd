import type { Events } from '../../../../shared/contract'
import { throwIfCancelled } from '../../../core/longWork'

/** The progress event's task of a package import (preview and apply alike). */
export const PACKAGE_IMPORT_TASK = 'packageImport'

/** At most this many rows between two reports, so a cancel is heard within a moment. */
const MAX_ROWS_BETWEEN_REPORTS = 2000
/** About this many reports in a whole package: a bar that moves, without flooding the page. */
const REPORTS_PER_PACKAGE = 100

/**
 * Rows applied out of the package's rows, overall and in the table being applied. Every few
 * rows it reports and gives the event loop a turn: the report reaches the page and a
 * `work.cancel` can arrive — the apply's transaction stays open and nothing else of the queue
 * runs in between, so a cancel throws and the transaction rolls back with nothing written.
 */
export class ApplyProgress {
  private done = 0
  private nextReport = 0
  private table = { name: '', done: 0, total: 0 }
  private readonly every: number

  constructor(
    private readonly total: number,
    private readonly report: (p: Events['progress']) => void,
    private readonly signal: AbortSignal,
  ) {
    this.every = Math.min(
      MAX_ROWS_BETWEEN_REPORTS,
      Math.max(1, Math.ceil(total / REPORTS_PER_PACKAGE)),
    )
  }

  /** A table begins: reported at once, with its own count from the manifest. */
  async startTable(name: string, rows: number): Promise<void> {
    this.table = { name, done: 0, total: rows }
    await this.pause()
  }

  /** One row taken (written or not); true when it is time to `pause`. */
  row(): boolean {
    this.done++
    this.table.done++
    return this.done >= this.nextReport
  }

  /** Every row is applied: the bar reads full before the package is recorded. */
  async finish(): Promise<void> {
    this.done = this.total
    this.table.done = this.table.total
    await this.pause()
  }

  /** Reports, lets the event loop run, and stops here when the work was cancelled. */
  async pause(): Promise<void> {
    this.nextReport = this.done + this.every
    this.report({
      task: PACKAGE_IMPORT_TASK,
      done: Math.min(this.done, this.total),
      total: this.total,
      part: { ...this.table, done: Math.min(this.table.done, this.table.total) },
    })
    await new Promise<void>((resolve) => setImmediate(resolve))
    throwIfCancelled(this.signal)
  }
}
