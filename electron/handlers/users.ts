import { uuidv7 } from '../../shared/ids/uuidv7'
import { common } from '../../shared/i18n/common'
import { errorText } from '../../shared/i18n/errors'
import {
  countActiveAdmins,
  findUserById,
  findUserByName,
  insertUser,
  listUsers,
  toUserRow,
  updateUser,
} from '../../db/repos/users'
import { AppError } from '../core/appError'
import { currentUser, type HandlerContext } from '../core/context'
import type { DomainHandlers } from '../core/handlerTypes'
import { hashWithSlot } from '../services/auth/hashWithSlot'
import { setNewPassword } from '../services/auth/setNewPassword'

async function existing(ctx: HandlerContext, id: string) {
  const u = await findUserById(ctx.db, id)
  if (!u) throw new AppError('NOT_FOUND')
  return u
}

export const usersHandlers: DomainHandlers<
  'users.list' | 'users.create' | 'users.update' | 'users.resetPassword' | 'users.unlock'
> = {
  'users.list': async (ctx) => (await listUsers(ctx.db)).map(toUserRow),

  'users.create': async (ctx, input) => {
    if (await findUserByName(ctx.db, input.username)) {
      throw new AppError('CONFLICT', errorText.usernameTaken(input.username))
    }
    const now = ctx.clock.nowIso()
    const id = uuidv7()
    const { hash, writeSlot } = await hashWithSlot(
      ctx,
      { userId: id, username: input.username },
      input.password,
    )
    await insertUser(ctx.db, {
      id,
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: hash,
      // The admin chose this password: the user replaces it at first sign-in.
      must_change_password: 1,
      disabled: 0,
      failed_attempts: 0,
      last_failed_at: null,
      locked_at: null,
      last_login_at: null,
      created_at: now,
      updated_at: now,
    })
    // The slot is written last: a refused insert leaves no password that opens the data.
    writeSlot()
    ctx.note({
      objectType: 'user',
      objectId: id,
      detail: `${input.username}，角色：${common.roles[input.role]}`,
    })
    return toUserRow(await existing(ctx, id))
  },

  'users.update': async (ctx, { id, displayName, role, disabled }) => {
    const before = await existing(ctx, id)
    const me = currentUser(ctx)
    if (disabled && id === me.userId) throw new AppError('CONFLICT', errorText.selfDisable)
    const losesAdmin =
      before.role === 'admin' && before.disabled === 0 && ((role && role !== 'admin') || disabled)
    if (losesAdmin && (await countActiveAdmins(ctx.db)) <= 1) {
      throw new AppError('CONFLICT', errorText.lastAdmin)
    }
    const changes: string[] = []
    if (displayName !== undefined && displayName !== before.display_name) changes.push('姓名')
    if (role !== undefined && role !== before.role)
      changes.push(`角色：${common.roles[before.role]} → ${common.roles[role]}`)
    if (disabled !== undefined && disabled !== (before.disabled === 1))
      changes.push(disabled ? '停用' : '启用')
    await updateUser(ctx.db, id, {
      ...(displayName !== undefined ? { display_name: displayName } : {}),
      ...(role !== undefined ? { role } : {}),
      ...(disabled !== undefined ? { disabled: disabled ? 1 : 0 } : {}),
      updated_at: ctx.clock.nowIso(),
    })
    // A disabled account's password must not open the database file either. Enabled again,
    // the user gets a slot back at their next sign-in while the database is open.
    if (disabled) ctx.keys?.removeUser(id)
    ctx.note({
      objectType: 'user',
      objectId: id,
      detail: `${before.username}：${changes.join('；') || '无变化'}`,
    })
    return toUserRow(await existing(ctx, id))
  },

  'users.resetPassword': async (ctx, { id, password }) => {
    const before = await existing(ctx, id)
    await setNewPassword(ctx, before, password, { mustChange: true })
    ctx.note({ objectType: 'user', objectId: id, detail: before.username })
    return null
  },

  'users.unlock': async (ctx, { id }) => {
    const before = await existing(ctx, id)
    await updateUser(ctx.db, id, {
      failed_attempts: 0,
      last_failed_at: null,
      locked_at: null,
      updated_at: ctx.clock.nowIso(),
    })
    ctx.note({ objectType: 'user', objectId: id, detail: before.username })
    return toUserRow(await existing(ctx, id))
  },
}
