import type { Events } from '../../../shared/contract'
import type { BackupKind, BackupStatus } from '../../../shared/contract/backups'
import { AppError } from '../../core/appError'
import { stageProgress } from '../workers/stageMeter'
import type { BackupProgress } from './backupMeter'
import { untilSettled } from '../workers/untilSettled'

/** What a backup under BackupRuns gets: where its progress goes, and when to stop. */
export interface BackupHooks {
  onProgress(p: BackupProgress): void
  signal: AbortSignal
}

/** The progress events' task name for backups (设置 → 备份 listens for it). */
export const BACKUP_TASK = 'backup'

/**
 * The core's backups, one at a time (two at once would race for names and double the disk
 * they need), each told to every screen as `progress` events, the one under way and the
 * last failure kept for 设置 → 备份: a daily backup runs in the background after sign-in,
 * and a failure nobody waited for must still be seen.
 */
export class BackupRuns {
  private queue: Promise<unknown> = Promise.resolve()
  private running: BackupStatus['running'] = null
  private lastFailure: BackupStatus['lastFailure'] = null
  private readonly closing = new AbortController()

  constructor(
    private readonly emit: (progress: Events['progress']) => void,
    private readonly nowIso: () => string = () => new Date().toISOString(),
    /** Awaited before each backup starts: a WAL fold under way (walFolds.ts). */
    private readonly settled: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Runs `work` once the backups before it are done; `signal` stops it too (a cancel). */
  run<T>(
    kind: BackupKind,
    work: (hooks: BackupHooks) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const stop = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal
    const next = this.queue.then(async () => {
      await this.settled()
      if (stop.aborted) throw new AppError('CANCELLED')
      this.running = { kind, startedAt: this.nowIso(), stage: 'space', percent: 0 }
      try {
        const value = await work({ onProgress: (p) => this.progress(p), signal: stop })
        this.lastFailure = null
        return value
      } catch (e) {
        // Stopped by the app closing, or by 取消, is no failure to warn about.
        if (!stop.aborted) this.lastFailure = { kind, at: this.nowIso(), message: messageOf(e) }
        throw e
      } finally {
        this.running = null
      }
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  /** Resolves once no backup is under way or waiting (before the database is closed). */
  idle(): Promise<void> {
    return untilSettled(() => this.queue)
  }

  status(): BackupStatus {
    return { running: this.running, lastFailure: this.lastFailure }
  }

  /** The core closes: the backup under way stops (its worker ends) and none starts. */
  close(): void {
    this.closing.abort()
  }

  private progress(p: BackupProgress): void {
    if (this.running) this.running = { ...this.running, ...p }
    this.emit(stageProgress(BACKUP_TASK, p.stage, p.percent))
  }
}

function messageOf(e: unknown): string {
  return e instanceof AppError ? e.message : e instanceof Error ? e.message : String(e)
}
