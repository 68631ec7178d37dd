import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let collector: (() => void) | null | undefined

/**
 * V8's "last resort" collection (what it runs before giving up on memory): every collectable
 * object, then the pages its collections freed and it kept pooled, handed back to the system.
 * A regular collection leaves those resident: after a 100k-row sheet, ~350 MB of them
 * (scripts/bench/README.md, "Whole-run memory (s30)"). It acts on the isolate it runs in (the
 * main thread's, or a worker's). Reached through the `gc` function V8 gives a
 * context made after --expose-gc is set; null if this V8 refuses.
 */
export function memoryReducingCollection(): (() => void) | null {
  if (collector !== undefined) return collector
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as (o: object) => void
    collector =
      typeof gc === 'function'
        ? () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
        : null
  } catch {
    collector = null
  }
  return collector
}
