import { Worker } from 'node:worker_threads'
import type { BackupManifest } from '../../../shared/contract/backups'
import { AppError } from '../../core/appError'
import { errorFromWorker } from '../workers/workerError'
import { workerEntry } from '../workers/workerEntry'
import type { BackupJob, BackupSteps } from './backupBody'
import type { BackupWorkerMessage } from './backupWorker'

function backupWorkerEntry() {
  return workerEntry(
    import.meta.url,
    new URL('./backupWorker.js', import.meta.url),
    new URL('./backupWorker.ts', import.meta.url),
  )
}

/**
 * Runs writeBackupBody in a worker thread of its own and answers its manifest. Stopped by
 * `signal`, the worker is terminated (its connection closes with it) and the answer is
 * CANCELLED once the worker has exited, so the caller's cleanup finds its files released.
 */
export function runBackupWorker(
  job: BackupJob,
  steps: BackupSteps,
  signal?: AbortSignal,
): Promise<BackupManifest> {
  const entry = backupWorkerEntry()
  const worker = new Worker(entry.url, entry.options)
  return new Promise<BackupManifest>((resolve, reject) => {
    let outcome: { manifest: BackupManifest } | { error: Error } | null = null
    const stop = () => {
      outcome ??= { error: new AppError('CANCELLED') }
      void worker.terminate()
    }
    signal?.addEventListener('abort', stop, { once: true })
    if (signal?.aborted) stop()
    worker.on('message', (m: BackupWorkerMessage) => {
      if (m.type === 'stage') steps.stage(m.stage)
      else if (m.type === 'verified') steps.verified?.(m.done, m.total)
      else {
        outcome ??= m.type === 'done' ? { manifest: m.manifest } : { error: errorFromWorker(m) }
        void worker.terminate()
      }
    })
    worker.on('error', (e) => {
      outcome ??= { error: e }
    })
    worker.on('exit', () => {
      signal?.removeEventListener('abort', stop)
      if (outcome && 'manifest' in outcome) resolve(outcome.manifest)
      else reject(outcome?.error ?? new Error('the backup worker stopped without an answer'))
    })
    worker.postMessage(job)
  })
}
