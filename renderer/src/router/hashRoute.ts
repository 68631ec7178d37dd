import { useSyncExternalStore } from 'react'
import { passesGuard } from './navigationGuard'

/** The path after `#`, always starting with `/`: `#/settings/users` → `/settings/users`. */
export function currentPath(): string {
  const raw = window.location.hash.replace(/^#/, '')
  return raw.startsWith('/') ? raw : `/${raw}`
}

function subscribe(onChange: () => void): () => void {
  // A page with unsaved input may send the user back (router/navigationGuard).
  const listener = () => {
    if (passesGuard(currentPath(), navigate)) onChange()
  }
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

/** Re-renders on every hash change; the hash is the app's only navigation state. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '/')
}

export function navigate(path: string): void {
  window.location.hash = path
}

export type RouteParams = Record<string, string>

/**
 * Matches `/print/sign-in/:id` against `/print/sign-in/0190…`; null when it does not fit.
 * A trailing `?` makes a segment optional: `/settings/:tab?` fits `/settings` too.
 */
export function matchPath(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  const required = want.filter((s) => !s.endsWith('?')).length
  if (got.length < required || got.length > want.length) return null
  const params: RouteParams = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!
    const g = got[i]
    if (w.startsWith(':')) {
      if (g === undefined) continue
      const value = safeDecode(g)
      if (value === null) return null
      params[w.replace(/^:|\?$/g, '')] = value
    } else if (w !== g) {
      return null
    }
  }
  return params
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}
