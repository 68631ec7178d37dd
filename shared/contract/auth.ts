import { z } from 'zod'
import { procedure } from './procedure'
import { newPasswordField, passwordField, usernameField } from './fields'
import type { SessionInfo } from './system'

export const authContract = {
  'auth.login': procedure<SessionInfo>()({
    input: z.strictObject({ username: usernameField, password: passwordField }),
    access: 'public',
  }),
  'auth.logout': procedure<null>()({ input: z.strictObject({}), access: 'session' }),
  /** Locks the screen now (idle timer or the user's own 锁定 button). */
  'auth.lock': procedure<null>()({ input: z.strictObject({}), access: 'session' }),
  /**
   * The renderer saw keyboard or mouse input: counts as activity for the idle lock. It never
   * unlocks a locked screen.
   */
  'auth.touch': procedure<null>()({ input: z.strictObject({}), access: 'session' }),
  'auth.unlock': procedure<SessionInfo>()({
    input: z.strictObject({ password: passwordField }),
    access: 'session',
  }),
  /**
   * Audits itself, like sign-in: a wrong current password is counted under the lockout
   * policy, and that count must not roll back with the dispatcher's transaction.
   */
  'auth.changePassword': procedure<null>()({
    input: z.strictObject({ currentPassword: passwordField, newPassword: newPasswordField }),
    access: 'viewer',
  }),
}
