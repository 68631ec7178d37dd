import { compactText } from '../text/halfWidth'

/** One entry of a code list: the code, the standard name, and the names people actually type. */
export interface CodeEntry {
  readonly code: string
  readonly name: string
  /** The usual short name, e.g. 中共党员 for 中国共产党党员. */
  readonly short?: string
  /** GB/T 3304 letter code and the like; matched without regard to case. */
  readonly letter?: string
  /** Further spellings accepted on import (民盟, 党员, 汉). Whole-text matches only. */
  readonly synonyms?: readonly string[]
}

const indexes = new WeakMap<readonly CodeEntry[], Map<string, CodeEntry>>()

/** Every spelling an entry answers to, compacted the way findCode compacts its input. */
export function keysOf(entry: CodeEntry): string[] {
  const keys = [entry.code, entry.name, entry.short, ...(entry.synonyms ?? [])]
  if (entry.letter) keys.push(entry.letter.toUpperCase())
  return keys.filter((k): k is string => !!k).map(compactText)
}

function indexOf(list: readonly CodeEntry[]): Map<string, CodeEntry> {
  let index = indexes.get(list)
  if (!index) {
    index = new Map()
    for (const entry of list) {
      for (const key of keysOf(entry)) if (!index.has(key)) index.set(key, entry)
    }
    indexes.set(list, index)
  }
  return index
}

/**
 * The entry whose code, name, short name, letter code or synonym equals the text, after
 * folding full width and removing spaces; null if none. Only whole texts match, never parts:
 * 土 is 土族, not 土家族. Numbers that lost their leading zero in Excel (1 for 01) still match.
 */
export function findCode<T extends CodeEntry>(
  list: readonly T[],
  text: string | number | null | undefined,
): T | null {
  if (text === null || text === undefined) return null
  const key = compactText(String(text))
  if (key === '') return null
  const index = indexOf(list)
  const hit = index.get(key) ?? index.get(key.toUpperCase())
  if (hit) return hit as T
  if (/^\d+$/.test(key)) {
    const width = list[0]?.code.length ?? 0
    if (key.length < width) return (index.get(key.padStart(width, '0')) as T | undefined) ?? null
  }
  return null
}

/** The entry with exactly this code, or null. */
export function byCode<T extends CodeEntry>(
  list: readonly T[],
  code: string | null | undefined,
): T | null {
  if (!code) return null
  return list.find((e) => e.code === code) ?? null
}

/** The standard name of a code, or null for an unknown code. */
export function codeName(
  list: readonly CodeEntry[],
  code: string | null | undefined,
): string | null {
  return byCode(list, code)?.name ?? null
}
