import { dataAtRestText } from '../../../shared/i18n/dataAtRest'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { apiFailure, CliError, EXIT, usageError } from '../errors'
import { passwordFromEnv } from '../password'

export const RECOVERY_KEY_ENV = 'XINLIAN_RECOVERY_KEY'

/**
 * Every password forgotten: the recovery key opens the database instead, and the user gets
 * the password in XINLIAN_PASSWORD, to change at the next sign-in. The same procedure as
 * the login screen's 忘记密码 (recovery.resetPassword: checked, audited, the key slot
 * re-wrapped), the actor in the audit row being the recovery key.
 */
export const recoveryResetPasswordCommand = defineCommand({
  name: 'recovery reset-password',
  options: { ...userOption },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const recoveryKey = env[RECOVERY_KEY_ENV]
    if (!recoveryKey) throw usageError(dataAtRestText.recoveryKeyMissingEnv)
    // Like the password: never left for a child process to inherit.
    delete env[RECOVERY_KEY_ENV]
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      const r = await s.core.call(s.slot, 'recovery.resetPassword', {
        recoveryKey,
        username: options.user!,
        newPassword: password,
        temporary: true,
      })
      if (!r.ok && r.error.code === 'BAD_CREDENTIALS') {
        const message = `${r.error.message}\n${dataAtRestText.cannotOpenWithoutSecret}`
        throw new CliError(message, EXIT.failed, r.error.code)
      }
      if (!r.ok) throw apiFailure(r.error, { newPassword: 'XINLIAN_PASSWORD' })
      out.result({ ok: true, username: options.user }, [
        dataAtRestText.recoveryPasswordReset(options.user!),
      ])
      return EXIT.ok
    })
  },
})
