import { existsSync, statfsSync } from 'node:fs'
import { dirname } from 'node:path'

/** Bytes a non-root user may still write in the folder (or the nearest folder above it). */
export type FreeSpaceProbe = (dir: string) => number

export const freeSpace: FreeSpaceProbe = (dir) => {
  let at = dir
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at)
  const s = statfsSync(at)
  return s.bavail * s.bsize
}
