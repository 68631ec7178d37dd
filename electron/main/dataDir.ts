import { createHash } from 'node:crypto'
import { join, posix, resolve, win32 } from 'node:path'

/**
 * Where the data lives, decided without Electron so the web shell, the CLI and the tests
 * pick the same directory the desktop app would.
 */

export const DATA_DIR_FLAG = '--data-dir'
export const DATA_DIR_ENV = 'XINLIAN_DATA_DIR'
export const PRODUCT_NAME = '新联台账'

type Env = Record<string, string | undefined>

/** `--data-dir D`, `--data-dir=D`, then XINLIAN_DATA_DIR; null when neither is given. */
export function explicitDataDir(argv: readonly string[], env: Env): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === DATA_DIR_FLAG) {
      const next = argv[i + 1]
      if (next && !next.startsWith('--')) return next
    } else if (arg.startsWith(`${DATA_DIR_FLAG}=`)) {
      const value = arg.slice(DATA_DIR_FLAG.length + 1)
      if (value) return value
    }
  }
  const fromEnv = env[DATA_DIR_ENV]?.trim()
  return fromEnv ? fromEnv : null
}

export interface DataDirInput {
  argv: readonly string[]
  env: Env
  /** The per-user application directory (Electron's `app.getPath('userData')`). */
  userDataDir: string
  cwd: string
}

/** The absolute data directory: the explicit one, else `<userData>/data`. */
export function resolveDataDir(input: DataDirInput): string {
  const given = explicitDataDir(input.argv, input.env)
  return given ? resolve(input.cwd, given) : join(input.userDataDir, 'data')
}

export interface PlatformInput {
  platform: NodeJS.Platform
  env: Env
  home: string
}

/** What Electron's `app.getPath('userData')` is for this product, for shells without Electron. */
export function userDataDirFor({ platform, env, home }: PlatformInput): string {
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME)
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME)
}

/**
 * The Chromium profile for a window on an explicit data directory, or null for the default.
 * The single-instance lock lives in the profile, so one profile per data directory means
 * one writer per database while two different databases may be open side by side.
 */
export function profileDirFor(
  userDataDir: string,
  dataDir: string,
  platform: NodeJS.Platform,
): string | null {
  if (dataDir === join(userDataDir, 'data')) return null
  // Windows paths are case-insensitive: C:\Data and c:\data are one database.
  const identity = platform === 'win32' ? dataDir.toLowerCase() : dataDir
  const key = createHash('sha256').update(identity).digest('hex').slice(0, 16)
  return join(userDataDir, 'profiles', key)
}
