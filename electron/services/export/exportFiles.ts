import { join } from 'node:path'
import type { SafeWriteOptions } from '../files/safeWrite'

/** Where exports too large to hand over are kept: <data dir>/exports. */
export function exportsDir(dataDir: string): string {
  return join(dataDir, 'exports')
}

/**
 * Exports go to the app's own exports folder, made on first use; a name taken already (two
 * exports in one second) is the same export again, so it is replaced.
 */
export const EXPORTS_FOLDER_WRITE: SafeWriteOptions = { createFolder: true, overwrite: true }

/** A timestamp for file names, local time: 20261126-093015. */
export function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`
}
