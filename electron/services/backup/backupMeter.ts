import type { BackupStage } from '../../../shared/contract/backups'
import { sizeOf, StageMeter } from '../workers/stageMeter'

export interface BackupProgress {
  stage: BackupStage
  /** 0–100; 100 only once the backup has its final name. */
  percent: number
}

/** Each step's share of the bar, by how long it takes on a large database. */
const SPANS: Record<BackupStage, readonly [number, number]> = {
  space: [0, 2],
  snapshot: [2, 50],
  check: [50, 70],
  write: [70, 85],
  verify: [85, 99],
}

/**
 * One backup's progress: the snapshot as it grows against the database's size (page count
 * × page size), the .xlbak against the snapshot, the read-back as the worker tells it.
 */
export function backupMeter(
  report: (p: BackupProgress) => void,
  databaseBytes: number,
  /** The temporary files, filled in once named. */
  files: { readonly snapshot: string; readonly xlbak: string },
): StageMeter<BackupStage> {
  return new StageMeter(SPANS, (stage, percent) => report({ stage, percent }), {
    snapshot: () => sizeOf(files.snapshot) / Math.max(1, databaseBytes),
    write: () => sizeOf(files.xlbak) / Math.max(1, sizeOf(files.snapshot)),
  })
}
