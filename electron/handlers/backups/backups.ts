import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import {
  backupPath,
  listBackups,
  readBackupSettings,
  writeBackupSettings,
} from '../../services/backup/backupStore'
import {
  forgetReceived,
  receiveBackupPiece,
  receivedBackupPath,
} from '../../services/backup/receivedBackup'
import { inspectBackup, restoreBackup } from '../../services/backup/restoreBackup'
import type { BackupLocation } from '../../../shared/contract/backups'

function places(ctx: HandlerContext) {
  return {
    backupsDir: ctx.files.backupsDir,
    secondDir: readBackupSettings(ctx.sqlite).secondDir,
  }
}

/** The file a person picked: from a backups folder, or the one received from anywhere. */
function pickedPath(ctx: HandlerContext, name: string, location: BackupLocation): string {
  if (location === 'received') return receivedBackupPath(ctx.files.dataDir, name)
  return backupPath(places(ctx), name, location)
}

function secretOf(ctx: HandlerContext, password: string | undefined) {
  return { currentKey: ctx.keys?.key ?? null, username: currentUser(ctx).username, password }
}

export const backupsHandlers: DomainHandlers<
  | 'backups.list'
  | 'backups.settings'
  | 'backups.updateSettings'
  | 'backups.receive'
  | 'backups.inspect'
  | 'backups.restore'
  | 'backups.status'
> = {
  'backups.list': (ctx) => listBackups(places(ctx)),

  'backups.status': (ctx) => ctx.backupRuns.status(),

  'backups.settings': (ctx) => readBackupSettings(ctx.sqlite),

  'backups.updateSettings': (ctx, input) => {
    writeBackupSettings(ctx.sqlite, input)
    ctx.note({
      objectType: 'settings',
      detail: backupsText.settingsAudit(input.daily, input.weekly, input.monthly, input.secondDir),
    })
    return readBackupSettings(ctx.sqlite)
  },

  'backups.receive': (ctx, piece) => receiveBackupPiece(ctx.files.dataDir, piece),

  'backups.inspect': (ctx, { name, location, password }) =>
    inspectBackup(
      { sqlite: ctx.sqlite, dataDir: ctx.files.dataDir },
      pickedPath(ctx, name, location),
      secretOf(ctx, password),
    ),

  /**
   * Audits itself: the row of a restore that happened belongs in the restored database
   * (written there after the swap); a refused one in today's.
   */
  'backups.restore': async (ctx, { name, location, password, confirmOtherUnit }) => {
    const user = currentUser(ctx)
    if (!ctx.replaceDatabase) throw new AppError('INTERNAL')
    try {
      const outcome = await restoreBackup(
        {
          sqlite: ctx.sqlite,
          dataDir: ctx.files.dataDir,
          backupsDir: ctx.files.backupsDir,
          appVersion: ctx.config.appVersion,
          nowMs: ctx.clock.nowMs(),
          user,
          replaceDatabase: ctx.replaceDatabase,
          log: ctx.log,
        },
        pickedPath(ctx, name, location),
        secretOf(ctx, password),
        confirmOtherUnit,
      )
      if (location === 'received') forgetReceived(ctx.files.dataDir)
      // The users are the backup's now: everyone signs in again against them.
      ctx.session.set(null)
      ctx.emit('session.changed', { reason: 'signedOut' })
      return outcome
    } catch (e) {
      const err =
        e instanceof AppError ? e : new AppError('IO_ERROR', backupsText.restoreFailed(String(e)))
      try {
        ctx.audit({
          action: 'backups.restore',
          object_type: 'backup',
          object_id: null,
          result: 'failed',
          detail: `${name}：${err.message}`,
          user,
        })
      } catch (auditError) {
        // The swap failed after closing this handle; the core reopened the old database.
        ctx.log.error('restore failure not audited', auditError)
      }
      throw err
    }
  },
}
