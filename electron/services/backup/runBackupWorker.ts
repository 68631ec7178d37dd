import type { BackupManifest } from '../../../shared/contract/backups'
import { runWorker } from '../workers/runWorker'
import { workerEntry } from '../workers/workerEntry'
import type { BackupJob, BackupSteps } from './backupBody'
import type { BackupWorkerMessage } from './backupWorker'

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
    job,
    (m) => {
      if (m.type === 'stage') steps.stage(m.stage)
      else steps.verified?.(m.done, m.total)
    },
    signal,
  )
}
