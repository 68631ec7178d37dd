import { selfUnit } from '../../db/repos/units'
import { SCHEMA_VERSION } from '../../db/migrations'
import type { DomainHandlers } from '../core/handlerTypes'
import { recoveryKeyPending } from '../services/atRest/recoveryKeyPending'
import { readSettings } from './settings'

export const systemHandlers: DomainHandlers<'system.status'> = {
  'system.status': async (ctx) => {
    const unit = await selfUnit(ctx.db)
    return {
      initialized: unit !== null,
      databaseLocked: false,
      recoveryKeyPending: recoveryKeyPending(ctx.sqlite),
      appVersion: ctx.config.appVersion,
      schemaVersion: SCHEMA_VERSION,
      unit,
      session: ctx.session.info(),
      idleLockMinutes: (await readSettings(ctx)).idleLockMinutes,
      shell: ctx.config.shell,
    }
  },
}
