// Checks, before anything loads the native database module, that this Node and that module can
// work: better-sqlite3 13 on a Node older than 22.12 dies with a bare "Segmentation fault",
// and a missing or wrong-ABI build throws a stack. Plain JavaScript on purpose, so it runs on
// any Node that can start npm, and its text comes from a JSON catalogue for the same reason.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

export const MINIMUM_NODE = { major: 22, minor: 12 }
export const NATIVE_MODULE = 'better-sqlite3'

const require = createRequire(import.meta.url)
const catalogue = JSON.parse(
  readFileSync(new URL('../shared/i18n/preflight.json', import.meta.url), 'utf8'),
)

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '')
}

export function nodeIsRecentEnough(version) {
  const [major = 0, minor = 0] = String(version).split('.').map(Number)
  return major > MINIMUM_NODE.major || (major === MINIMUM_NODE.major && minor >= MINIMUM_NODE.minor)
}

/** The one sentence saying why this runtime cannot work, or null when it can. */
export function runtimeProblem({ nodeVersion, loadNative }) {
  if (!nodeIsRecentEnough(nodeVersion))
    return fill(catalogue.oldNode, { version: `v${nodeVersion}` })
  try {
    loadNative()
    return null
  } catch (error) {
    const detail = String(error?.message ?? error).split('\n')[0]
    const missing = error?.code === 'MODULE_NOT_FOUND' || error?.code === 'ERR_MODULE_NOT_FOUND'
    return fill(missing ? catalogue.nativeMissing : catalogue.nativeBroken, {
      module: NATIVE_MODULE,
      detail,
    })
  }
}

function openNativeDatabase() {
  const Database = require(NATIVE_MODULE)
  new Database(':memory:').close()
}

/** Ends the process with the sentence and exit code 1 when the runtime cannot work. */
export function preflight() {
  const problem = runtimeProblem({
    nodeVersion: process.versions.node,
    loadNative: openNativeDatabase,
  })
  if (problem === null) return
  process.stderr.write(`${problem}\n`)
  process.exit(1)
}
