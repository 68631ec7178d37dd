import { errorMessages, errorText } from '../../shared/i18n/errors'
import { maskUsername } from '../../shared/privacy/mask'
import { findUserByName, updateUser } from '../../db/repos/users'
import { AppError } from '../core/appError'
import { currentUser } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import type { Session } from '../core/session'
import { checkPassword, reloadUser } from '../services/auth/passwordCheck'
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from '../services/auth/password'
import { hashWithSlot } from '../services/auth/hashWithSlot'

/** A hash to verify against when the user does not exist, so timing does not tell. */
let decoyHash: Promise<string> | null = null

export const authHandlers: DomainHandlers<
  'auth.login' | 'auth.logout' | 'auth.lock' | 'auth.touch' | 'auth.unlock' | 'auth.changePassword'
> = {
  'auth.login': async (ctx, { username, password }) => {
    const user = await findUserByName(ctx.db, username)
    if (!user) {
      decoyHash ??= hashPassword('decoy-password-0', ctx.config.scrypt ?? DEFAULT_SCRYPT)
      await verifyPassword(password, await decoyHash)
      ctx.audit({
        action: 'auth.login',
        object_type: 'user',
        object_id: null,
        result: 'failed',
        // People type passwords into the username box: never keep what they typed in full.
        detail: `未知用户名：${maskUsername(username)}`,
        user: null,
      })
      throw new AppError('BAD_CREDENTIALS')
    }
    await checkPassword(ctx, user, password, 'auth.login')
    // An account enabled again, or one from a plain database moved over to encryption, has
    // no slot yet: its password opens the database file from the next start on.
    if (ctx.keys && !ctx.keys.hasUser(user.id))
      await ctx.keys.setUserPassword({ userId: user.id, username: user.username }, password)
    const now = ctx.clock.nowIso()
    await updateUser(ctx.db, user.id, { last_login_at: now })
    const session: Session = {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      locked: false,
      mustChangePassword: user.must_change_password === 1,
      lastActivity: ctx.clock.nowMs(),
    }
    ctx.session.set(session)
    ctx.audit({
      action: 'auth.login',
      object_type: 'user',
      object_id: user.id,
      result: 'ok',
      user: session,
    })
    ctx.emit('session.changed', { reason: 'signedIn' })
    return ctx.session.info()!
  },

  'auth.logout': (ctx) => {
    const s = currentUser(ctx)
    ctx.audit({
      action: 'auth.logout',
      object_type: 'user',
      object_id: s.userId,
      result: 'ok',
      user: s,
    })
    ctx.session.set(null)
    ctx.emit('session.changed', { reason: 'signedOut' })
    return null
  },

  'auth.lock': (ctx) => {
    const s = currentUser(ctx)
    if (!s.locked) {
      s.locked = true
      ctx.audit({
        action: 'auth.lock',
        object_type: 'user',
        object_id: s.userId,
        result: 'ok',
        user: s,
      })
      ctx.emit('session.changed', { reason: 'locked' })
    }
    return null
  },

  // The dispatcher records the activity; there is nothing else to do.
  'auth.touch': () => null,

  'auth.unlock': async (ctx, { password }) => {
    const s = currentUser(ctx)
    const user = await reloadUser(ctx, s.userId)
    try {
      await checkPassword(ctx, user, password, 'auth.unlock')
    } catch (e) {
      // A locked-out or disabled account cannot keep a session open behind the lock screen.
      if (e instanceof AppError && (e.code === 'ACCOUNT_LOCKED' || e.code === 'FORBIDDEN'))
        ctx.session.set(null)
      throw e
    }
    s.locked = false
    s.lastActivity = ctx.clock.nowMs()
    ctx.audit({
      action: 'auth.unlock',
      object_type: 'user',
      object_id: s.userId,
      result: 'ok',
      user: s,
    })
    ctx.emit('session.changed', { reason: 'unlocked' })
    return ctx.session.info()!
  },

  'auth.changePassword': async (ctx, { currentPassword, newPassword }) => {
    const s = currentUser(ctx)
    const user = await reloadUser(ctx, s.userId)
    try {
      // The same counted check as sign-in: otherwise a signed-in session is a guessing
      // oracle for the current password with no delay and no lock.
      await checkPassword(ctx, user, currentPassword, 'auth.changePassword')
    } catch (e) {
      if (e instanceof AppError && e.code === 'ACCOUNT_LOCKED') {
        ctx.session.set(null)
        ctx.emit('session.changed', { reason: 'signedOut' })
      }
      if (
        e instanceof AppError &&
        e.code === 'BAD_CREDENTIALS' &&
        e.message === errorMessages.BAD_CREDENTIALS
      )
        throw new AppError('BAD_CREDENTIALS', errorText.wrongCurrentPassword)
      throw e
    }
    const { hash, writeSlot } = await hashWithSlot(ctx, s, newPassword)
    await updateUser(ctx.db, s.userId, {
      password_hash: hash,
      must_change_password: 0,
      updated_at: ctx.clock.nowIso(),
    })
    writeSlot()
    s.mustChangePassword = false
    ctx.audit({
      action: 'auth.changePassword',
      object_type: 'user',
      object_id: s.userId,
      result: 'ok',
      user: s,
    })
    return null
  },
}
