import type { HandlerMap } from '../core/handlerTypes'
import { auditHandlers } from './audit'
import { authHandlers } from './auth'
import { dictionariesHandlers } from './dictionaries'
import { personsDemoHandlers } from './personsDemo'
import { personsReadHandlers } from './personsRead'
import { personsWriteHandlers } from './personsWrite'
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
  ...personsReadHandlers,
  ...personsWriteHandlers,
  ...personsDemoHandlers,
  ...dictionariesHandlers,
}
