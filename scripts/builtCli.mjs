// Whether out/cli holds the command as the sources now are (see buildCli.mjs).
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const CLI_BUNDLE_DIR = 'out/cli'
/**
 * The worker threads the command starts, bundled beside it: each caller finds its worker
 * as `./<name>.js` next to its own module (electron/services/workers/workerEntry.ts).
 */
export const CLI_WORKERS = {
  xlsxWorker: 'electron/services/excel/xlsxWorker.ts',
  backupWorker: 'electron/services/backup/backupWorker.ts',
  pagePassWorker: 'electron/services/backup/pagePassWorker.ts',
  encryptWorker: 'electron/services/atRest/encryptWorker.ts',
  walFoldWorker: 'electron/services/walFold/walFoldWorker.ts',
}
/** How the command (and the bench, buildBench.mjs) is bundled for Node: esbuild's options. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // The native database module is loaded as installed; Electron and Playwright are never
  // part of the command (its PDFs use the Chromium that Playwright finds at run time).
  external: [
    'better-sqlite3',
    'better-sqlite3-multiple-ciphers',
    'electron',
    'playwright-core',
    '@playwright/test',
  ],
  // CommonJS dependencies inside an ES module bundle still call require() for Node's own
  // modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
}
const SOURCES = ['electron', 'shared', 'db', 'package.json', 'package-lock.json']

function newestChange(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)))
  return newest
}

/** The bundle's entry, or null when it is missing or older than any source file. */
export function currentCliBundle(root = ROOT) {
  const entry = join(root, CLI_BUNDLE_DIR, 'main.js')
  let built
  try {
    built = statSync(entry).mtimeMs
  } catch {
    return null
  }
  const newest = Math.max(...SOURCES.map((s) => newestChange(join(root, s))))
  return newest <= built ? entry : null
}
