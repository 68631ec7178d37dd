import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { runWorker } from '../workers/runWorker'
import { workerEntry } from '../workers/workerEntry'
import type { PagePassMessage, PagePassWorkerData } from './pagePassWorker'
import type { PagePass } from './pageHmacs'

/** A page-pass worker coming up beside a backup's worker, and the port the backup talks on. */
export interface PagePassBeside {
  /** For the backup's job (BackupJob.pagePass); transferred with it. */
  port: MessagePort
  /**
   * Ends the worker: at once when it has answered, once loaded when it never got a job (a
   * backup that failed before its check). Settles when the worker has exited.
   */
  stop(): Promise<void>
}

/**
 * Starts the page pass's worker (pagePassWorker.ts) now, from the thread that starts the
 * backup's: started by the backup's worker when its snapshot was ready, the pass waited for
 * a thread to come up (~40–50 ms) while quick_check ran, and at a county's 13 MB it gained
 * nothing; started here, both threads come up together on two cores. (In the built app a
 * worker cannot find another's file beside itself either: test/unit/worker-graphs.test.ts.)
 */
export function startPagePassBeside(): PagePassBeside {
  const { port1, port2 } = new MessageChannel()
  const entry = workerEntry(
    import.meta.url,
    new URL('./pagePassWorker.js', import.meta.url),
    new URL('./pagePassWorker.ts', import.meta.url),
  )
  const stopped = new AbortController()
  const workerData: PagePassWorkerData = { jobs: port2 }
  const done = runWorker<PagePassMessage, PagePass>(
    { url: entry.url, options: { ...entry.options, workerData, transferList: [port2] } },
    null,
    () => undefined,
    stopped.signal,
  )
  // Its answer went to the backup's worker; a stop before any job is CANCELLED, and expected.
  const exited = done.then(
    () => undefined,
    () => undefined,
  )
  return {
    port: port1,
    stop: () => {
      stopped.abort()
      return exited
    },
  }
}
