import { t } from '../../../shared/i18n'
import { navigate } from '../router/hashRoute'
import { HOME_PATH } from '../router/routes'
import { refreshSession, useSession } from './sessionStore'

/**
 * A backup was restored (here or in another window): every session ended with the users it
 * belonged to, so the screen goes to sign-in now, saying why, rather than at the next click.
 */
export function signInAfterRestore(): Promise<void> {
  useSession.setState({ notice: t.backupsUi.signInAfterRestore })
  navigate(HOME_PATH)
  return refreshSession()
}
