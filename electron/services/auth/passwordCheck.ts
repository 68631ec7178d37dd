import { errorText } from '../../../shared/i18n/errors'
import {
  clearFailedAttempts,
  countFailedAttempt,
  findUserById,
  type UserRecord,
} from '../../../db/repos/users'
import { AppError } from '../../core/appError'
import type { HandlerContext } from '../../core/context'
import { LOCK_AFTER, FREE_ATTEMPTS, loginGate } from './lockout'
import { DEFAULT_SCRYPT, hashPassword, needsRehash, verifyPassword } from './password'

/**
 * Checks a user's password under the lockout policy, for sign-in, unlock and password
 * change alike: failures are counted and audited, success resets the count and upgrades an
 * old hash. Throws an AppError with a message for the user when the check fails.
 */
export async function checkPassword(
  ctx: HandlerContext,
  user: UserRecord,
  password: string,
  action: string,
): Promise<void> {
  const who = { userId: user.id, username: user.username }
  const refuse = (err: AppError, detail: string): never => {
    ctx.audit({
      action,
      object_type: 'user',
      object_id: user.id,
      result: 'failed',
      detail,
      user: who,
    })
    throw err
  }
  if (user.disabled) refuse(new AppError('FORBIDDEN', errorText.accountDisabled), '账号已停用')
  const gate = loginGate({
    failedAttempts: user.failed_attempts,
    lastFailedAt: user.last_failed_at,
    lockedAt: user.locked_at,
    now: ctx.clock.nowMs(),
  })
  if (gate.kind === 'locked') refuse(new AppError('ACCOUNT_LOCKED'), '账号已锁定')
  if (gate.kind === 'wait') {
    refuse(
      new AppError('TOO_MANY_ATTEMPTS', errorText.retryAfterSeconds(gate.seconds)),
      '等待期内再次尝试',
    )
  }

  if (!(await verifyPassword(password, user.password_hash))) {
    // Decided from the count as stored after this failure, not from the copy read above:
    // other processes may have counted theirs meanwhile.
    const stored = await countFailedAttempt(ctx.db, user.id, ctx.clock.nowIso(), LOCK_AFTER)
    const failed = stored.failed_attempts
    if (stored.locked_at)
      refuse(new AppError('ACCOUNT_LOCKED'), `连续 ${failed} 次密码错误，账号已锁定`)
    const message =
      failed >= FREE_ATTEMPTS ? errorText.attemptsLeft(LOCK_AFTER - failed) : undefined
    refuse(new AppError('BAD_CREDENTIALS', message), `密码错误（连续第 ${failed} 次）`)
  }

  const wanted = ctx.config.scrypt ?? DEFAULT_SCRYPT
  const cleared = await clearFailedAttempts(ctx.db, user.id, {
    updated_at: ctx.clock.nowIso(),
    ...(needsRehash(user.password_hash, wanted)
      ? { password_hash: await hashPassword(password, wanted) }
      : {}),
  })
  if (!cleared) refuse(new AppError('ACCOUNT_LOCKED'), '核对密码期间账号被锁定或停用')
}

export async function reloadUser(ctx: HandlerContext, id: string): Promise<UserRecord> {
  const u = await findUserById(ctx.db, id)
  if (!u) throw new AppError('NOT_FOUND')
  return u
}
