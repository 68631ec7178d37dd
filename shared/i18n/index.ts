import { auditActions } from './audit'
import { auth } from './auth'
import { common } from './common'
import { errorMessages, errorText } from './errors'
import { fieldLabels } from './fields'
import { nav } from './nav'
import { settings } from './settings'

/** The message catalogue: every user-facing string, split by feature. */
export const t = { common, nav, auth, settings, auditActions, errors: errorMessages, errorText, fieldLabels }
export { issueMessage } from './validation'
