import { parentPort } from 'node:worker_threads'
import { announceLoaded } from '../workers/workerLoaded'
import type { BackupManifest, BackupStage } from '../../../shared/contract/backups'
import { workerFailure, type WorkerFailure } from '../workers/workerError'
import { writeBackupBody, type BackupJob, type BackupSteps } from './backupBody'
import { writeHeldFileBackup } from './heldFileBackup'

/*
 * One backup's file work in a worker thread (started per backup by runBackupWorker): a city
 * database takes tens of seconds to snapshot, check and copy, and the main process must go
 * on answering meanwhile.
 */

export type BackupWorkerMessage =
  | { type: 'stage'; stage: BackupStage }
  | { type: 'verified'; done: number; total: number }
  | { type: 'done'; value: BackupManifest }
  | WorkerFailure

/** The read-back reports every this many bytes, not every chunk. */
const REPORT_EVERY = 8 << 20

const port = parentPort!
announceLoaded(port, { sqliteAddon: true })
const post = (m: BackupWorkerMessage) => port.postMessage(m)

port.once('message', async (job: BackupJob) => {
  let reported = 0
  const steps: BackupSteps = {
    stage: (stage) => post({ type: 'stage', stage }),
    verified: (done, total) => {
      if (done - reported < REPORT_EVERY && done < total) return
      reported = done
      post({ type: 'verified', done, total })
    },
  }
  try {
    const manifest = job.heldFile
      ? await writeHeldFileBackup({ ...job, heldFile: job.heldFile }, steps)
      : await writeBackupBody(job, steps)
    post({ type: 'done', value: manifest })
  } catch (e) {
    post(workerFailure(e))
  }
})
