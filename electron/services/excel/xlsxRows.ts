import { Worker } from 'node:worker_threads'
import { importFileText as text } from '../../../shared/i18n/imports'
import { SPREADSHEET_LIMITS } from './limits'
import type { MainMessage, ReadJob, SheetEvent, WorkerMessage } from './sheetMessages'
import { SpreadsheetError } from './spreadsheetError'
import { xlsxWorkerEntry } from './workerEntry'

export interface SheetReader extends AsyncIterable<SheetEvent> {
  /** Stop sending the rows of the sheet being read (no header found: nothing to import). */
  skipSheet(): void
  /**
   * Send the cells of this column of that sheet (its place among the sheets, from 1) read as
   * names too, from the next rows on (.xlsx only: the worker does it beside the main thread).
   */
  nameColumn?(sheet: number, column: number): void
}

type Inbox = WorkerMessage | { type: 'crash'; error: SpreadsheetError }

/**
 * A worker that finished its last file, kept for the next one (unref'd: it holds nothing
 * up) — for a while only: a mapping changed in the wizard reads the file again within
 * seconds. Its heap is collected once a file is read (xlsxWorker.ts): before, one that had
 * parsed a large sheet held its garbage until it ended (~350 MB after the province bench's
 * 100k rows).
 */
let idle: Worker | null = null
let idleTimer: NodeJS.Timeout | null = null
const IDLE_MS = 20_000
/** The V8 heap of the worker kept for the next file, if any (tests). */
export const keptReaderHeap = async (): Promise<number | null> =>
  idle ? (await idle.getHeapStatistics()).total_heap_size : null

const forgetIdle = () => {
  idle = null
}

function takeWorker(): Worker {
  const worker = idle ?? startWorker()
  worker.off('exit', forgetIdle)
  if (idleTimer) clearTimeout(idleTimer)
  idle = null
  idleTimer = null
  worker.ref()
  return worker
}

function park(worker: Worker): void {
  worker.unref()
  worker.once('exit', forgetIdle)
  idle = worker
  idleTimer = setTimeout(() => {
    if (idle !== worker) return
    idle = null
    void worker.terminate()
  }, IDLE_MS)
  idleTimer.unref()
}

function startWorker(): Worker {
  const entry = xlsxWorkerEntry()
  return new Worker(entry.url, {
    ...entry.options,
    resourceLimits: { maxOldGenerationSizeMb: SPREADSHEET_LIMITS.workerHeapMb },
    stdout: false,
    stderr: false,
  })
}

/**
 * The sheets and rows of an .xlsx, read by a worker thread (xlsxWorker.ts) under a heap
 * limit. Rows arrive in batches; each batch taken lets the worker read further, so a slow
 * consumer holds the worker back instead of filling memory. A reader abandoned halfway
 * ends its worker; one read to the end hands its worker back for the next file.
 */
export function readXlsx(bytes: Uint8Array, sheet?: string): SheetReader {
  const worker = takeWorker()
  const queue: Inbox[] = []
  let notify: (() => void) | null = null
  const push = (m: Inbox) => {
    queue.push(m)
    notify?.()
    notify = null
  }
  const onMessage = (m: WorkerMessage) => push(m)
  const onError = (e: Error & { code?: string }) => {
    const error =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new SpreadsheetError('outOfMemory', text.outOfMemory)
        : new SpreadsheetError('damaged', text.readFailed)
    error.detail = e.stack ?? e.message
    push({ type: 'crash', error })
  }
  const onExit = (code: number) => {
    const error = new SpreadsheetError('damaged', text.readFailed)
    error.detail = `the reading worker stopped (exit code ${code})`
    push({ type: 'crash', error })
  }
  worker.on('message', onMessage)
  worker.on('error', onError)
  worker.on('exit', onExit)
  const send = (m: MainMessage) => worker.postMessage(m)
  let sheetsSeen = 0
  // The worker gets its own copy to own; the caller keeps the original (the error report).
  const job: ReadJob = { bytes: new Uint8Array(bytes), sheet }
  worker.postMessage({ type: 'read', job } satisfies MainMessage, [job.bytes.buffer as ArrayBuffer])

  return {
    skipSheet: () => send({ type: 'skipSheet', sheet: sheetsSeen }),
    nameColumn: (sheet, column) => send({ type: 'nameColumn', sheet, column }),
    async *[Symbol.asyncIterator]() {
      let finished = false
      try {
        for (;;) {
          while (queue.length === 0) await new Promise<void>((r) => (notify = r))
          const m = queue.shift()!
          if (m.type === 'done' || m.type === 'error') finished = true
          if (m.type === 'done') return
          if (m.type === 'error') {
            const error = new SpreadsheetError(m.problem, m.message)
            error.detail = m.detail
            throw error
          }
          if (m.type === 'sheet') sheetsSeen++
          if (m.type === 'crash') throw m.error
          if (m.type === 'rows') send({ type: 'ack' })
          yield m
        }
      } finally {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (finished && !idle) {
          park(worker)
        } else {
          await worker.terminate()
        }
      }
    },
  }
}
