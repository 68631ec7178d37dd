// Where the Electron binary is, if it is installed — without installing it. Electron ≥ 42
// downloads its binary the first time `require('electron')` runs; this reads the same files
// that require would read and only checks that the binary exists.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** @returns {string | null} */
export function installedElectronBinary(env = process.env) {
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const binary = override
    ? join(override, executable || 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : null
  return binary && existsSync(binary) ? binary : null
}
