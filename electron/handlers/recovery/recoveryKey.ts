import { dataAtRestText } from '../../../shared/i18n/dataAtRest'
import { maskUsername } from '../../../shared/privacy/mask'
import { findUserByName } from '../../../db/repos/users'
import { AppError } from '../../core/appError'
import type { DomainHandlers } from '../../core/handlerTypes'
import { clearRecoveryKeyPending } from '../../services/atRest/recoveryKeyPending'
import { setNewPassword } from '../../services/auth/setNewPassword'

/** Who acts in the audit log when the recovery key, not a signed-in user, sets a password. */
export const RECOVERY_ACTOR = { userId: 'recovery-key', username: dataAtRestText.recoveryActor }

export const recoveryHandlers: DomainHandlers<'recovery.regenerateKey' | 'recovery.resetPassword'> =
  {
    'recovery.regenerateKey': async (ctx) => {
      if (!ctx.keys) throw new AppError('BAD_INPUT', dataAtRestText.plainHasNoRecoveryKey)
      const recoveryKey = await ctx.keys.replaceRecoveryKey()
      clearRecoveryKeyPending(ctx.sqlite)
      ctx.note({ objectType: 'keys', detail: dataAtRestText.recoveryKeyReplaced })
      return { recoveryKey }
    },

    /**
     * The CLI's `recovery reset-password` and the login screen's 忘记密码 both land here. When
     * the database was still closed, the core opened it with this same key first (core.ts).
     */
    'recovery.resetPassword': async (ctx, { recoveryKey, username, newPassword, temporary }) => {
      const refuse = (err: AppError, objectId: string | null, detail: string): never => {
        ctx.audit({
          action: 'recovery.resetPassword',
          object_type: 'user',
          object_id: objectId,
          result: 'failed',
          detail,
          user: RECOVERY_ACTOR,
        })
        throw err
      }
      if (!ctx.keys)
        refuse(new AppError('BAD_INPUT', dataAtRestText.plainHasNoRecoveryKey), null, '未加密')
      if (!(await ctx.keys!.opensWithRecoveryKey(recoveryKey)))
        refuse(
          new AppError('BAD_CREDENTIALS', dataAtRestText.recoveryKeyWrong),
          null,
          '恢复密钥不正确',
        )
      const user = await findUserByName(ctx.db, username)
      if (!user)
        refuse(
          new AppError('NOT_FOUND', dataAtRestText.recoveryNoSuchUser(username)),
          null,
          `未知用户名：${maskUsername(username)}`,
        )
      if (user!.disabled)
        refuse(
          new AppError('FORBIDDEN', dataAtRestText.recoveryUserDisabled(username)),
          user!.id,
          '账号已停用',
        )
      await setNewPassword(ctx, user!, newPassword, { mustChange: temporary === true })
      ctx.audit({
        action: 'recovery.resetPassword',
        object_type: 'user',
        object_id: user!.id,
        result: 'ok',
        detail: user!.username,
        user: RECOVERY_ACTOR,
      })
      return null
    },
  }
