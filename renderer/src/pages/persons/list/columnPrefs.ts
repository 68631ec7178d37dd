import { useCallback, useState } from 'react'
import { DEFAULT_COLUMNS, GRID_COLUMNS, type ColumnKey } from './gridColumns'

const KNOWN = new Set<string>(GRID_COLUMNS.map((c) => c.key))
const storageKey = (userId: string) => `xinlian.persons.columns.${userId}`

/** The columns a user chose last time; the default set when none (or nothing usable) is stored. */
export function readColumns(userId: string): ColumnKey[] {
  try {
    const raw = window.localStorage.getItem(storageKey(userId))
    if (!raw) return DEFAULT_COLUMNS
    const parsed: unknown = JSON.parse(raw)
    if (!Array.isArray(parsed)) return DEFAULT_COLUMNS
    const keys = parsed.filter((k): k is ColumnKey => typeof k === 'string' && KNOWN.has(k))
    return withName(keys)
  } catch {
    return DEFAULT_COLUMNS
  }
}

export function writeColumns(userId: string, keys: ColumnKey[]): void {
  try {
    window.localStorage.setItem(storageKey(userId), JSON.stringify(withName(keys)))
  } catch {
    // A full or disabled storage only costs the preference, never the list.
  }
}

// The name identifies the row: it cannot be hidden.
function withName(keys: ColumnKey[]): ColumnKey[] {
  return keys.includes('name') ? keys : ['name', ...keys]
}

/**
 * The visible columns of the person list, remembered per user in this browser profile.
 * (The choice holds no personal data of the persons, so local storage is enough.)
 */
export function useColumnPrefs(userId: string): [ColumnKey[], (keys: ColumnKey[]) => void] {
  const [state, setState] = useState(() => ({ userId, keys: readColumns(userId) }))
  const keys = state.userId === userId ? state.keys : readColumns(userId)
  const change = useCallback(
    (next: ColumnKey[]) => {
      const ordered = GRID_COLUMNS.map((c) => c.key).filter((k) => next.includes(k))
      writeColumns(userId, ordered)
      setState({ userId, keys: withName(ordered) })
    },
    [userId],
  )
  return [keys, change]
}
