import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../logger'

/**
 * A backup's temporary files in its folder: the .xlbak being written (safeWrite.ts's
 * `.<hex>.partial`) and the snapshot beside it (backupBody.ts's `snapshotPathOf`), with
 * what SQLite keeps beside that while the checkpoint goes in. A backup that ends, well or
 * badly, removes them; one whose process was killed (power cut, kill -9, a crash) leaves
 * them, at a province a gigabyte each.
 */
const PARTIAL = /^\.[0-9a-f]{12}\.partial(\.db(-wal|-shm|-journal)?)?$/

/**
 * Untouched this long, a temporary file belongs to no backup still under way: every step
 * of one writes its files or reads them for seconds (a province's check, the longest
 * read-only step, takes well under a minute), and the app and the xinlian command may back
 * up the same folder at once, so a younger one may be another process's.
 */
export const STALE_PARTIAL_MS = 15 * 60_000

/** Removes the stale temporary files of killed backups from `dir`; answers their names. */
export function sweepStalePartials(dir: string, nowMs: number, log?: Logger): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const swept: string[] = []
  for (const name of names) {
    if (!PARTIAL.test(name)) continue
    const path = join(dir, name)
    try {
      const stat = statSync(path)
      if (!stat.isFile() || nowMs - stat.mtimeMs < STALE_PARTIAL_MS) continue
      rmSync(path, { force: true })
      swept.push(name)
    } catch {
      // Gone meanwhile, or not ours to remove: the next start looks again.
    }
  }
  if (swept.length > 0)
    log?.info(`removed ${swept.length} temporary file(s) of interrupted backups`)
  return swept
}
