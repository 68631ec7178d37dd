import type { BackupKind } from '../../../shared/contract/backups'
import type { HandlerContext } from '../../core/context'
import { listBackups, makeBackup } from './backupStore'
import { localToday } from '../../../shared/dates/calendar'
import type BetterSqlite3 from 'better-sqlite3'
import type { Logger } from '../logger'
import type { BackupRuns } from './backupRuns'

/**
 * The backup before work that changes many rows at once (an import, a package applied):
 * should it fail (a full disk), the work does not start, so nothing is changed without a
 * way back.
 */
export async function backupBefore(
  ctx: Pick<
    HandlerContext,
    'sqlite' | 'keys' | 'files' | 'config' | 'clock' | 'log' | 'backupRuns'
  >,
  kind: BackupKind,
): Promise<void> {
  await ctx.backupRuns.run(kind, (hooks) =>
    makeBackup({
      sqlite: ctx.sqlite,
      key: ctx.keys?.key ?? null,
      backupsDir: ctx.files.backupsDir,
      appVersion: ctx.config.appVersion,
      nowMs: ctx.clock.nowMs(),
      kind,
      log: ctx.log,
      ...hooks,
    }),
  )
}

export interface LifecycleBackup {
  sqlite: BetterSqlite3.Database
  key: Buffer | null
  backupsDir: string
  appVersion: string
  nowMs: number
  log: Logger
  runs: BackupRuns
}

/** The first start of a local day backs up; later starts that day do not. */
export function dailyBackupDue(backupsDir: string, nowMs: number): boolean {
  const today = localToday(new Date(nowMs))
  return !listBackups({ backupsDir, secondDir: null }).some(
    (e) =>
      (e.manifest?.kind === 'daily' || e.manifest?.kind === 'quit') &&
      localToday(new Date(e.manifest.createdAt)) === today,
  )
}

/**
 * Daily and on-quit backups: a failure is logged and kept for 设置 → 备份 (BackupRuns),
 * never in the way of starting or quitting (the next start tries again). The daily one is
 * not awaited by the sign-in: it runs in its worker while the user works.
 */
export async function lifecycleBackup(b: LifecycleBackup, kind: 'daily' | 'quit'): Promise<void> {
  try {
    if (kind === 'daily' && !dailyBackupDue(b.backupsDir, b.nowMs)) return
    // A database setup has not filled yet holds nothing to keep.
    if (b.sqlite.prepare('SELECT count(*) FROM users').pluck().get() === 0) return
    const { runs, ...made } = b
    await runs.run(kind, (hooks) => makeBackup({ ...made, kind, ...hooks }))
  } catch (e) {
    b.log.error(`${kind} backup failed`, e)
  }
}
