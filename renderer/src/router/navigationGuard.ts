/**
 * One page at a time may hold the user back when the hash is about to change (a form with
 * unsaved input). The hash has already changed when the browser tells us, so a blocked change
 * is put back without a new history entry, and the page is asked whether to go on anyway.
 */
export interface NavigationGuard {
  /** The path the guarding page lives at. */
  path: string
  /** Answers true to leave for `target`. */
  confirm(target: string): Promise<boolean>
}

let active: NavigationGuard | null = null
let asking = false

/** Installs the guard; the returned function removes it (if it is still the one installed). */
export function guardNavigation(guard: NavigationGuard): () => void {
  active = guard
  return () => {
    if (active === guard) active = null
  }
}

/**
 * Called on every hash change before the app re-renders: true lets the change through; false
 * means the hash was put back and the page will ask.
 */
export function passesGuard(path: string, go: (path: string) => void): boolean {
  const guard = active
  if (!guard || path === guard.path) return true
  window.history.replaceState(window.history.state, '', `#${guard.path}`)
  if (asking) return false
  asking = true
  void guard
    .confirm(path)
    .then((leave) => {
      if (!leave) return
      if (active === guard) active = null
      go(path)
    })
    .finally(() => {
      asking = false
    })
  return false
}

/** Drops whatever guard is installed: the page is leaving on purpose (after saving). */
export function releaseNavigationGuard(): void {
  active = null
}
