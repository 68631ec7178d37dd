import { randomBytes } from 'node:crypto'
import { mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Where exports too large to hand over are kept: <data dir>/exports. */
export function exportsDir(dataDir: string): string {
  return join(dataDir, 'exports')
}

/**
 * Writes a file under a temporary name beside the target and renames it into place only
 * once complete: a full disk or a crash never leaves a half file under the final name.
 */
export async function writeAtomically<T>(
  target: string,
  write: (tempPath: string) => Promise<T>,
): Promise<T> {
  mkdirSync(dirname(target), { recursive: true })
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.partial`)
  try {
    const result = await write(temp)
    renameSync(temp, target)
    return result
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}

/** A timestamp for file names, local time: 20261126-093015. */
export function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
