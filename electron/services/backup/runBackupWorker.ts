import { statSync } from 'node:fs'
import type { BackupManifest } from '../../../shared/contract/backups'
import { runWorker } from '../workers/runWorker'
import { workerEntry } from '../workers/workerEntry'
import type { BackupJob, BackupSteps } from './backupBody'
import type { BackupWorkerMessage } from './backupWorker'
import { startPagePassBeside } from './pagePassBeside'

/**
 * From this size of database on, a backup's page pass gets a thread of its own beside its
 * quick_check (pagePassBeside.ts), started with the backup's: at a county's 13 MB the check
 * took ~45 ms less encrypted and ~10 less plain; below, the thread's start on the other
 * core is more than the pass it takes over (~10 ms at 8 MB, encrypted).
 */
export const PAGE_PASS_BESIDE_FROM_BYTES = 8 << 20

/** writeBackupBody in a worker thread of its own (backupWorker.ts); `signal` terminates it. */
export async function runBackupWorker(
  job: BackupJob,
  steps: BackupSteps,
  signal?: AbortSignal,
): Promise<BackupManifest> {
  const entry = workerEntry(
    import.meta.url,
    new URL('./backupWorker.js', import.meta.url),
    new URL('./backupWorker.ts', import.meta.url),
  )
  // A held file's bytes are described, not checked (BackupJob.heldFile): no pass to run.
  const beside =
    !job.heldFile && statSync(job.dbPath).size >= PAGE_PASS_BESIDE_FROM_BYTES
      ? startPagePassBeside()
      : null
  try {
    return await runWorker<BackupWorkerMessage, BackupManifest>(
      entry,
      { ...job, pagePass: beside?.port },
      (m) => {
        if (m.type === 'stage') steps.stage(m.stage)
        else steps.verified?.(m.done, m.total)
      },
      signal,
      beside ? [beside.port] : [],
    )
  } finally {
    // Not awaited: once it has answered, its exit is no part of the backup's time.
    void beside?.stop()
  }
}
