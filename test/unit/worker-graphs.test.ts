import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * The built main process is index.js with each worker beside it, and every module both a
 * worker and index.js import goes into a shared file under out/main/chunks/. A module there
 * that finds a worker by `new URL('./xWorker.js', import.meta.url)` looks in chunks/, where
 * there is none: the worker never starts in the built app, while every test (run from
 * source) passes. It happened once: backupBody.ts imported db/open.ts, which reaches
 * runBackupWorker.ts, and every backup of the built app failed (the move to encryption at
 * sign-in among them). So no worker may reach a module that locates files beside itself.
 */

const root = resolve(__dirname, '../..')

function workerEntries(): string[] {
  const config = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8')
  return [...config.matchAll(/resolve\('(electron\/[^']+Worker\.ts)'\)/g)].map((m) => m[1]!)
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec)
  for (const path of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base])
    if (existsSync(path) && path.endsWith('.ts')) return path
  return null
}

/** Every module a file reaches through value imports (type-only imports are erased). */
function graphOf(entry: string): Set<string> {
  const seen = new Set<string>()
  const queue = [resolve(root, entry)]
  while (queue.length > 0) {
    const file = queue.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'/gms)) {
      const next = resolveImport(file, m[1]!)
      if (next) queue.push(next)
    }
  }
  return seen
}

const locatesBesideItself = /new URL\(\s*'\.\/[^']+',\s*import\.meta\.url\)/

describe('the worker threads’ code', () => {
  it('names every worker the build emits', () => {
    expect(workerEntries()).toEqual(
      expect.arrayContaining([
        'electron/services/backup/backupWorker.ts',
        'electron/services/atRest/encryptWorker.ts',
        'electron/services/walFold/walFoldWorker.ts',
      ]),
    )
  })

  it.each(workerEntries())('%s reaches no module that finds files beside itself', (entry) => {
    const graph = graphOf(entry)
    expect(graph.size).toBeGreaterThan(1)
    const offending = [...graph]
      .filter((file) => locatesBesideItself.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(offending).toEqual([])
  })
})
