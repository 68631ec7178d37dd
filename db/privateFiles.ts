import { chmodSync, existsSync, mkdirSync } from 'node:fs'

/**
 * The register is personal data: on a shared Linux or macOS PC (UOS, Kylin) no other account
 * may read the data folder or anything in it. Windows ignores these bits; there the per-user
 * %APPDATA% folder's access list already keeps other accounts out.
 */
export const PRIVATE_DIR_MODE = 0o700
export const PRIVATE_FILE_MODE = 0o600

/** A folder of the app's own, made private; an existing one (an older install) is tightened. */
export function privateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: PRIVATE_DIR_MODE })
  if (process.platform !== 'win32') chmodSync(path, PRIVATE_DIR_MODE)
}

/** Tightens files an older version left readable by everyone (the database, its WAL, logs). */
export function keepPrivate(...paths: string[]): void {
  if (process.platform === 'win32') return
  for (const path of paths) if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE)
}
