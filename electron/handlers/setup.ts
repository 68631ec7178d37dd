import { uuidv7 } from '../../shared/ids/uuidv7'
import { levelOfRegionCode } from '../../shared/units/regionCode'
import { recordChange } from '../../db/repos/changeLog'
import { insertUnit, selfUnit } from '../../db/repos/units'
import { insertUser } from '../../db/repos/users'
import { AppError } from '../core/appError'
import type { DomainHandlers } from '../core/handlerTypes'
import { hashWithSlot } from '../services/auth/hashWithSlot'

export const setupHandlers: DomainHandlers<'setup.init'> = {
  'setup.init': async (ctx, { unit, admin }) => {
    if (await selfUnit(ctx.db)) throw new AppError('ALREADY_INITIALIZED')
    const level = levelOfRegionCode(unit.code)
    if (!level)
      throw new AppError('BAD_INPUT', '「行政区划代码」应为 6 位数字（GB/T 2260），如 330621')
    const now = ctx.clock.nowIso()
    const hlc = ctx.clock.hlc()
    const unitId = uuidv7()
    // The unit is its own site: rows it creates carry its id as site_id.
    await insertUnit(ctx.db, {
      id: unitId,
      site_id: unitId,
      created_at: hlc,
      updated_at: hlc,
      deleted_at: null,
      code: unit.code,
      name: unit.name,
      level,
      is_self: 1,
      relation: 'self',
    })
    await recordChange(ctx.db, {
      table_name: 'units',
      row_id: unitId,
      op: 'insert',
      hlc,
      site_id: unitId,
    })
    const userId = uuidv7()
    const { hash, writeSlot } = await hashWithSlot(
      ctx,
      { userId, username: admin.username },
      admin.password,
    )
    await insertUser(ctx.db, {
      id: userId,
      username: admin.username,
      display_name: admin.displayName,
      role: 'admin',
      password_hash: hash,
      must_change_password: 0,
      disabled: 0,
      failed_attempts: 0,
      last_failed_at: null,
      locked_at: null,
      last_login_at: now,
      created_at: now,
      updated_at: now,
    })
    writeSlot()
    ctx.session.set({
      userId,
      username: admin.username,
      displayName: admin.displayName,
      role: 'admin',
      locked: false,
      mustChangePassword: false,
      lastActivity: ctx.clock.nowMs(),
    })
    ctx.note({
      objectType: 'unit',
      objectId: unitId,
      detail: `${unit.code} ${unit.name}；管理员 ${admin.username}`,
    })
    ctx.emit('session.changed', { reason: 'signedIn' })
    return ctx.session.info()!
  },
}
