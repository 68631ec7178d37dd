import { call } from '../api/client'
import { navigate } from '../router/hashRoute'
import { HOME_PATH } from '../router/routes'
import { refreshSession } from './sessionStore'

/** Ends the session; the next person to sign in starts at 工作台, not on the last page open. */
export async function signOut(): Promise<void> {
  try {
    await call('auth.logout', {})
  } catch {
    // Signed out already, or the session expired: the status read below shows the login.
  }
  navigate(HOME_PATH)
  await refreshSession()
}
