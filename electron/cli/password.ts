import { errorText } from '../../shared/i18n/errors'
import { usageError } from './errors'

export const PASSWORD_ENV = 'XINLIAN_PASSWORD'

/**
 * The password from XINLIAN_PASSWORD, never from argv (argv lands in shell history and in
 * every user's `ps`). Removed from the environment once read, so no child inherits it.
 */
export function passwordFromEnv(env: NodeJS.ProcessEnv): string {
  const password = env[PASSWORD_ENV]
  if (!password) throw usageError(errorText.passwordRequiredEnv)
  delete env[PASSWORD_ENV]
  return password
}
