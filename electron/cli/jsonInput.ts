import { readFileSync } from 'node:fs'
import { usageError } from './errors'

/** A JSON file holding one object or an array of objects (`--input` of the add commands). */
export function readJsonObjects<T>(
  file: string,
  text: { badJson(file: string, reason: string): string; notObjects: string },
): T[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw usageError(text.badJson(file, (e as Error).message))
  }
  const list = Array.isArray(parsed) ? parsed : [parsed]
  if (list.length === 0 || !list.every((p) => p && typeof p === 'object' && !Array.isArray(p)))
    throw usageError(text.notObjects)
  return list as T[]
}
