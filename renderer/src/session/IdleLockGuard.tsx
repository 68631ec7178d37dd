import { call } from '../api/client'
import { refreshSession } from './sessionStore'
import { useIdleLock } from './useIdleLock'

/** Locks the screen now: used by the idle timer and by the header's 锁定 button. */
export async function lockNow(): Promise<void> {
  try {
    await call('auth.lock', {})
  } finally {
    await refreshSession()
  }
}

/**
 * The core locks a session whose last call is older than the idle limit, and it only sees
 * calls. Someone reading or typing a long form makes no calls, so while there is input the
 * guard tells the core now and then.
 */
function keepCoreAwake(): void {
  call('auth.touch', {}).catch(() => undefined)
}

export function IdleLockGuard({ minutes }: { minutes: number }) {
  useIdleLock({
    minutes,
    onIdle: () => void lockNow().catch(() => undefined),
    onActivity: keepCoreAwake,
  })
  return null
}
