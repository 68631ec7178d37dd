import { useEffect } from 'react'
import { onEvent, onSessionLost } from '../api/client'
import { signInAfterRestore } from './databaseReplaced'
import { refreshSession } from './sessionStore'

/**
 * Reads the status once, then again whenever the core says the session changed or a call
 * failed because it is gone or locked: the screen then always matches the session.
 */
export function useSessionSync(): void {
  useEffect(() => {
    void refreshSession()
    const offEvent = onEvent('session.changed', () => void refreshSession())
    const offReplaced = onEvent('database.replaced', () => void signInAfterRestore())
    const offLost = onSessionLost((method) => {
      // A failing status read must not trigger another status read.
      if (method !== 'system.status') void refreshSession()
    })
    return () => {
      offEvent()
      offReplaced()
      offLost()
    }
  }, [])
}
