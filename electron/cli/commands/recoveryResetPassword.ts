import { dataAtRestText } from '../../../shared/i18n/dataAtRest'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { CliError, EXIT, usageError } from '../errors'
import { passwordFromEnv } from '../password'

export const RECOVERY_KEY_ENV = 'XINLIAN_RECOVERY_KEY'

/**
 * Every password forgotten: the recovery key opens the database instead, and the user gets
 * the password in XINLIAN_PASSWORD, to change at the next sign-in. It runs as an admin
 * would (users.resetPassword: checked, audited, the key slot re-wrapped), the actor in the
 * audit row being the recovery key.
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
      const opened = await s.core.unlockWithRecoveryKey(recoveryKey)
      if (!opened.ok) {
        const message =
          opened.error.code === 'BAD_CREDENTIALS'
            ? `${dataAtRestText.recoveryKeyWrong}\n${dataAtRestText.cannotOpenWithoutSecret}`
            : opened.error.message
        throw new CliError(message, EXIT.failed, opened.error.code)
      }
      s.slot.set({
        userId: 'recovery-key',
        username: dataAtRestText.recoveryActor,
        displayName: dataAtRestText.recoveryActor,
        role: 'admin',
        locked: false,
        mustChangePassword: false,
        lastActivity: s.core.clock.nowMs(),
      })
      const user = (await s.call('users.list', {})).find((u) => u.username === options.user)
      if (!user)
        throw new CliError(
          dataAtRestText.recoveryNoSuchUser(options.user!),
          EXIT.failed,
          'NOT_FOUND',
        )
      await s.call(
        'users.resetPassword',
        { id: user.id, password },
        { password: 'XINLIAN_PASSWORD' },
      )
      out.result({ ok: true, username: user.username }, [
        dataAtRestText.recoveryPasswordReset(user.username),
      ])
      return EXIT.ok
    })
  },
})
