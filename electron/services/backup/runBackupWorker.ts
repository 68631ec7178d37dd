import type { BackupManifest } from '../../../shared/contract/backups'
import { runWorker } from '../workers/runWorker'
import { workerEntry } from '../workers/workerEntry'
import type { BackupJob, BackupSteps, PagePassWorker } from './backupBody'
import type { BackupWorkerMessage } from './backupWorker'

/**
 * From this size on a backup's page pass gets a thread of its own beside its quick_check
 * (backupBody.ts): at a province (978 MB) each takes seconds; below, starting a thread (and
 * from source, tsx compiling it) costs about what running side by side would save.
 */
const PARALLEL_PASS_FROM_BYTES = 64 << 20

/** writeBackupBody in a worker thread of its own (backupWorker.ts); `signal` terminates it. */
export function runBackupWorker(
  job: BackupJob,
  steps: BackupSteps,
  signal?: AbortSignal,
): Promise<BackupManifest> {
  const entry = workerEntry(
    import.meta.url,
    new URL('./backupWorker.js', import.meta.url),
    new URL('./backupWorker.ts', import.meta.url),
  )
  return runWorker<BackupWorkerMessage, BackupManifest>(
    entry,
    { ...job, pagePassWorker: pagePassWorker() },
    (m) => {
      if (m.type === 'stage') steps.stage(m.stage)
      else steps.verified?.(m.done, m.total)
    },
    signal,
  )
}

/**
 * The page pass's worker (pagePassWorker.ts) as the backup's worker is told of it, started
 * for copies of `fromBytes` and more.
 */
export function pagePassWorker(fromBytes = PARALLEL_PASS_FROM_BYTES): PagePassWorker {
  const entry = workerEntry(
    import.meta.url,
    new URL('./pagePassWorker.js', import.meta.url),
    new URL('./pagePassWorker.ts', import.meta.url),
  )
  return { href: entry.url.href, execArgv: entry.options.execArgv ?? [], fromBytes }
}
