import { useEffect, useRef } from 'react'

const ACTIVITY_EVENTS = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const
const CHECK_EVERY_MS = 5_000

export interface IdleLockOptions {
  /** Minutes without mouse or keyboard input before `onIdle` fires. */
  minutes: number
  onIdle(): void
  /** Called on input, at most once per `activityEveryMs`. */
  onActivity?(): void
  activityEveryMs?: number
}

/**
 * Watches mouse and keyboard input in this window and calls `onIdle` once the user has
 * been away for the configured minutes. Compares wall-clock times rather than trusting one
 * long timer, so a PC waking from sleep locks at once.
 */
export function useIdleLock({
  minutes,
  onIdle,
  onActivity,
  activityEveryMs = 60_000,
}: IdleLockOptions): void {
  const callbacks = useRef({ onIdle, onActivity })
  useEffect(() => {
    callbacks.current = { onIdle, onActivity }
  })

  useEffect(() => {
    const limit = minutes * 60_000
    let lastInput = Date.now()
    let lastReported = lastInput
    let fired = false

    const onInput = () => {
      const now = Date.now()
      lastInput = now
      if (now - lastReported >= activityEveryMs) {
        lastReported = now
        callbacks.current.onActivity?.()
      }
    }
    const check = () => {
      if (!fired && Date.now() - lastInput >= limit) {
        fired = true
        callbacks.current.onIdle()
      }
    }

    for (const e of ACTIVITY_EVENTS)
      window.addEventListener(e, onInput, { passive: true, capture: true })
    const timer = window.setInterval(check, Math.min(CHECK_EVERY_MS, limit))
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onInput, { capture: true })
      window.clearInterval(timer)
    }
  }, [minutes, activityEveryMs])
}
