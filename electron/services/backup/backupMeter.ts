import { existsSync, statSync } from 'node:fs'
import type { BackupStage } from '../../../shared/contract/backups'

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

/** How often a growing file is looked at: often enough for a bar, rare enough to cost nothing. */
const POLL_MS = 200

function sizeOf(path: string): number {
  try {
    return existsSync(path) ? statSync(path).size : 0
  } catch {
    return 0
  }
}

/**
 * One backup's progress as the steps are told and the files grow: the snapshot against the
 * database's size (page count × page size), the .xlbak against the snapshot. A step that
 * says nothing of itself (integrity_check) sits at its start. Never goes back.
 */
export class BackupMeter {
  private stage: BackupStage = 'space'
  private percent = -1
  private timer: NodeJS.Timeout | null = null
  private files = { snapshot: '', xlbak: '' }

  constructor(
    private readonly report: (p: BackupProgress) => void,
    private readonly databaseBytes: number,
  ) {}

  /** The files to look at once their (temporary) names are known. */
  watch(files: { snapshot: string; xlbak: string }): void {
    this.files = files
  }

  enter(stage: BackupStage): void {
    this.stage = stage
    this.show(0)
    if (!this.timer && (stage === 'snapshot' || stage === 'write')) {
      this.timer = setInterval(() => this.poll(), POLL_MS)
      this.timer.unref()
    }
  }

  /** The part of the current step done, 0–1. */
  show(fraction: number): void {
    const [from, to] = SPANS[this.stage]
    const percent = Math.floor(from + (to - from) * Math.min(1, Math.max(0, fraction)))
    if (percent <= this.percent) return
    this.percent = percent
    this.report({ stage: this.stage, percent })
  }

  finish(): void {
    this.stop()
    this.percent = 100
    this.report({ stage: 'verify', percent: 100 })
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private poll(): void {
    if (this.stage === 'snapshot')
      this.show(sizeOf(this.files.snapshot) / Math.max(1, this.databaseBytes))
    else if (this.stage === 'write')
      this.show(sizeOf(this.files.xlbak) / Math.max(1, sizeOf(this.files.snapshot)))
  }
}
