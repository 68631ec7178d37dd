import { encryptingPath } from '../../../db/atRest/encryptPlain'
import type { Events } from '../../../shared/contract'
import type { EncryptStage } from '../../../shared/contract/backups'
import { runWorker } from '../workers/runWorker'
import { sizeOf, StageMeter, stageProgress } from '../workers/stageMeter'
import { workerEntry } from '../workers/workerEntry'
import type { EncryptWorkerMessage } from './encryptWorker'

/** writeEncryptedCopy in a worker thread (encryptWorker.ts), each step told as it starts. */
export function runEncryptWorker(
  dbPath: string,
  key: Buffer,
  onStage: (stage: EncryptStage) => void,
): Promise<void> {
  const entry = workerEntry(
    import.meta.url,
    new URL('./encryptWorker.js', import.meta.url),
    new URL('./encryptWorker.ts', import.meta.url),
  )
  return runWorker<EncryptWorkerMessage, void>(entry, { dbPath, key }, (m) => onStage(m.stage))
}

/** The progress events' task name for the move to an encrypted database (the sign-in screen). */
export const ENCRYPT_TASK = 'encrypt'

/** Each step's share of the bar; the copy is most of the time on a large database. */
const SPANS: Record<EncryptStage, readonly [number, number]> = {
  copy: [0, 55],
  encrypt: [55, 80],
  check: [80, 95],
  swap: [95, 99],
}

/** The move's progress, sent as `encrypt` progress events: the copy as it grows. */
export function encryptMeter(
  dbPath: string,
  emit: (p: Events['progress']) => void,
): StageMeter<EncryptStage> {
  const plainBytes = sizeOf(dbPath) + sizeOf(`${dbPath}-wal`)
  return new StageMeter(
    SPANS,
    (stage, percent) => emit(stageProgress(ENCRYPT_TASK, stage, percent)),
    {
      copy: () => sizeOf(encryptingPath(dbPath)) / Math.max(1, plainBytes),
    },
  )
}
