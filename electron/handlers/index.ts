import type { HandlerMap } from '../core/handlerTypes'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { settingsHandlers } from './settings'
import { setupHandlers } from './setup'
import { systemHandlers } from './system'
import { usersHandlers } from './users'

/** Every procedure's handler; the type makes a missing or misnamed one a compile error. */
export const handlers: HandlerMap = {
  ...systemHandlers,
  ...setupHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...auditHandlers,
  ...settingsHandlers,
}
