import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { SystemStatus } from '../../shared/contract/system'
import { writeBytesSafely } from '../services/files/safeWrite'

/**
 * Left in the data directory while the desktop app or the web shell has it open. A restore
 * from the command line replaces the database file: the running app would go on writing to
 * the file it opened, now gone from the folder, and lose every later change. Other commands
 * share the database through SQLite's locks and need no such file.
 */
export const APP_LOCK_FILE = 'xinlian.app-lock'

interface AppLockContent {
  pid: number
  shell: SystemStatus['shell']
  since: string
}

export interface HeldAppLock {
  release(): void
}

export function holdAppLock(dataDir: string, shell: SystemStatus['shell']): HeldAppLock {
  const path = join(dataDir, APP_LOCK_FILE)
  const content: AppLockContent = { pid: process.pid, shell, since: new Date().toISOString() }
  writeBytesSafely(path, Buffer.from(JSON.stringify(content)), { overwrite: true })
  return {
    release() {
      // Another start of the app may have taken the folder over since: its file stays.
      if (appLockHolder(dataDir, { includeSelf: true })?.pid === process.pid)
        rmSync(path, { force: true })
    },
  }
}

/**
 * The running app that holds the data directory, if any: a file left by a process that is
 * gone (a crash, a power cut) holds nothing.
 */
export function appLockHolder(
  dataDir: string,
  opts: { includeSelf?: boolean } = {},
): AppLockContent | null {
  let content: AppLockContent
  try {
    content = JSON.parse(readFileSync(join(dataDir, APP_LOCK_FILE), 'utf8')) as AppLockContent
  } catch {
    return null
  }
  if (!Number.isInteger(content.pid) || content.pid <= 0) return null
  if (content.pid === process.pid) return opts.includeSelf ? content : null
  return isAlive(content.pid) ? content : null
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: alive, only owned by another account.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
