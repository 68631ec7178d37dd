import { useEffect, useState } from 'react'
import type { SystemStatus } from '../../../shared/contract'
import { call } from '../api/client'
import { refreshSession } from '../session/sessionStore'
import { useRecoveryKey } from './recoveryKeyStore'

/**
 * After a plain database was moved to encryption, the first administrator signed in gets a
 * new recovery key, shown once like at setup: the move's own key was never shown to anyone.
 * True while that key is being made (the main window waits for it).
 */
export function useMovedRecoveryKey(status: SystemStatus | null): boolean {
  const [failed, setFailed] = useState(false)
  const session = status?.session
  const due =
    !failed && !!status?.recoveryKeyPending && session?.role === 'admin' && !session.locked
  useEffect(() => {
    if (!due) return
    let current = true
    call('recovery.regenerateKey', {}).then(
      ({ recoveryKey }) => {
        if (current) useRecoveryKey.getState().show(recoveryKey)
        void refreshSession()
      },
      // Not now (the session ended meanwhile): asked again at the next sign-in.
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [due])
  return due
}
