import { z } from 'zod'
import { procedure } from './procedure'
import { newPasswordField, usernameField } from './fields'

/** What a person types off the printed page: groups with dashes or spaces, any case. */
const recoveryKeyField = z.string().trim().min(16).max(80)

export interface RecoveryKeyShown {
  /** Groups joined by dashes; shown once, kept nowhere in the app. */
  recoveryKey: string
}

export const recoveryContract = {
  /**
   * A new recovery key replaces the old one (whose slot opens nothing from then on). The
   * key itself is never written to the audit log.
   */
  'recovery.regenerateKey': procedure<RecoveryKeyShown>()({
    input: z.strictObject({}),
    access: 'admin',
    audited: true,
  }),
  /**
   * Every password forgotten: the recovery key sets a new password for a user and lifts its
   * lock. Works while the database is still closed (the key opens it). Audits itself, like
   * sign-in: a wrong key is recorded even though the call fails.
   */
  'recovery.resetPassword': procedure<null>()({
    input: z.strictObject({
      recoveryKey: recoveryKeyField,
      username: usernameField,
      newPassword: newPasswordField,
      /** The password travelled through an environment variable (CLI): change it at sign-in. */
      temporary: z.boolean().optional(),
    }),
    access: 'public',
  }),
}
