import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseProcMounts, type MountEntry } from './networkShare'

/**
 * What this machine has mounted: /proc/mounts on Linux (UOS, Kylin); on Windows the drive
 * letters `net use` maps to shares, reported as `cifs` mounts.
 */
export function readMounts(): MountEntry[] {
  try {
    if (process.platform === 'linux') return parseProcMounts(readFileSync('/proc/mounts', 'utf8'))
    if (process.platform === 'win32') {
      const out = execFileSync('net', ['use'], {
        encoding: 'utf8',
        timeout: 3000,
        windowsHide: true,
      })
      return [...out.matchAll(/\b([A-Z]:)\s+\\\\/g)].map((m) => ({
        mountPoint: `${m[1]!}\\`,
        fsType: 'cifs',
      }))
    }
  } catch {
    // No mount table: fall back to the path checks alone.
  }
  return []
}
