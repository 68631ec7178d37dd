/**
 * Wrong-password policy: the first few failures are free, then each costs a growing wait,
 * and at the limit the account locks until an admin unlocks it.
 */
export const FREE_ATTEMPTS = 3
export const LOCK_AFTER = 10

/** Seconds the user must wait before the next try, after `failed` consecutive failures. */
export function delayAfterFailures(failed: number): number {
  if (failed < FREE_ATTEMPTS) return 0
  return Math.min(2 ** (failed - FREE_ATTEMPTS + 1), 300)
}

export type LoginGate = { kind: 'open' } | { kind: 'wait'; seconds: number } | { kind: 'locked' }

export function loginGate(state: {
  failedAttempts: number
  lastFailedAt: string | null
  lockedAt: string | null
  now: number
}): LoginGate {
  if (state.lockedAt) return { kind: 'locked' }
  const delay = delayAfterFailures(state.failedAttempts)
  if (delay === 0 || !state.lastFailedAt) return { kind: 'open' }
  const readyAt = Date.parse(state.lastFailedAt) + delay * 1000
  if (state.now >= readyAt) return { kind: 'open' }
  return { kind: 'wait', seconds: Math.ceil((readyAt - state.now) / 1000) }
}
