import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { headlessPdfText as text } from '../../../../shared/i18n/headlessPdf'
import { AppError } from '../../../core/appError'

/** Names a browser explicitly, ahead of every guess. */
export const BROWSER_ENV = 'XINLIAN_BROWSER'

type Env = Record<string, string | undefined>

const UNIX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
]

const MAC_APPS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
]

/** Edge ships with every Windows 10/11, so it comes first there. */
function windowsCandidates(env: Env): string[] {
  const roots = [env['ProgramFiles(x86)'], env.ProgramFiles, env.LOCALAPPDATA].filter(
    (r): r is string => !!r,
  )
  return roots.flatMap((root) => [
    join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(root, 'Chromium', 'Application', 'chrome.exe'),
  ])
}

function onPath(env: Env, names: readonly string[]): string[] {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean)
  return names.flatMap((n) => dirs.map((d) => join(d, n)))
}

/** Where a Chromium-family browser may be installed, most likely first. */
export function browserCandidates(env: Env, platform: NodeJS.Platform): string[] {
  if (platform === 'win32') return windowsCandidates(env)
  const fixed = UNIX_NAMES.map((n) => `/usr/bin/${n}`)
  return [...(platform === 'darwin' ? MAC_APPS : []), ...fixed, ...onPath(env, UNIX_NAMES)]
}

/**
 * The browser that prints PDFs for the command line: the one XINLIAN_BROWSER names (which
 * must exist), else the first installed Chromium, Chrome or Edge. Fails with what to do.
 */
export function findBrowser(
  env: Env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string {
  const chosen = env[BROWSER_ENV]?.trim()
  if (chosen) {
    if (!exists(chosen)) throw new AppError('NOT_FOUND', text.envNotFound(BROWSER_ENV, chosen))
    return chosen
  }
  const found = browserCandidates(env, platform).find((p) => exists(p))
  if (!found) throw new AppError('NOT_FOUND', text.noBrowser(BROWSER_ENV))
  return found
}
