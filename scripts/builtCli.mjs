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
