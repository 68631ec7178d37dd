import { errorText } from '../../../shared/i18n/errors'
import { findUserById, updateUser, type UserRecord } from '../../../db/repos/users'
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
    const failed = user.failed_attempts + 1
    const now = ctx.clock.nowIso()
    const lock = failed >= LOCK_AFTER
    await updateUser(ctx.db, user.id, {
      failed_attempts: failed,
      last_failed_at: now,
      locked_at: lock ? now : null,
      updated_at: now,
    })
    if (lock) refuse(new AppError('ACCOUNT_LOCKED'), `连续 ${failed} 次密码错误，账号已锁定`)
    const message =
      failed >= FREE_ATTEMPTS ? errorText.attemptsLeft(LOCK_AFTER - failed) : undefined
    refuse(new AppError('BAD_CREDENTIALS', message), `密码错误（连续第 ${failed} 次）`)
  }

  const now = ctx.clock.nowIso()
  const wanted = ctx.config.scrypt ?? DEFAULT_SCRYPT
  await updateUser(ctx.db, user.id, {
    failed_attempts: 0,
    last_failed_at: null,
    updated_at: now,
    ...(needsRehash(user.password_hash, wanted)
      ? { password_hash: await hashPassword(password, wanted) }
      : {}),
  })
}

export async function reloadUser(ctx: HandlerContext, id: string): Promise<UserRecord> {
  const u = await findUserById(ctx.db, id)
  if (!u) throw new AppError('NOT_FOUND')
  return u
}
