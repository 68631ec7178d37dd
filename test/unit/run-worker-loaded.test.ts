import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterAll, describe, expect, it } from 'vitest'
import { runWorker } from '../../electron/services/workers/runWorker'

const dir = mkdtempSync(join(tmpdir(), 'xinlian-run-worker-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * A worker whose loading takes 300 ms (as the keyed SQLite addon's can under load), then
 * leaves a mark, says it is loaded and waits for its job forever.
 */
function slowLoadingWorker(mark: string): URL {
  const file = join(dir, 'slow-loading-worker.mjs')
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads'
     import { writeFileSync } from 'node:fs'
     const until = Date.now() + 300
     while (Date.now() < until) {}
     writeFileSync(${JSON.stringify(mark)}, 'loaded')
     parentPort.postMessage({ type: 'loaded' })
     parentPort.on('message', () => {})`,
  )
  return pathToFileURL(file)
}

describe('a one-job worker stopped at its start', () => {
  it('is terminated only once it has said it is loaded, and answers CANCELLED', async () => {
    const mark = join(dir, 'loaded-mark')
    const controller = new AbortController()
    const answer = runWorker(
      { url: slowLoadingWorker(mark), options: {} },
      {},
      () => undefined,
      controller.signal,
    )
    controller.abort()
    await expect(answer).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(existsSync(mark)).toBe(true)
  })
})

/**
 * A worker that says, before and after `announceLoaded`, whether a native addon is in its
 * thread's module cache (better-sqlite3 loads its addon with `require`).
 */
function addonReportingWorker(sqliteAddon: boolean): URL {
  const file = join(dir, `addon-reporting-worker-${sqliteAddon}.mjs`)
  const loaded = fileURLToPath(
    new URL('../../electron/services/workers/workerLoaded.ts', import.meta.url),
  )
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads'
     import { createRequire } from 'node:module'
     import { announceLoaded } from ${JSON.stringify(pathToFileURL(loaded).href)}
     const addonLoaded = () =>
       Object.keys(createRequire(import.meta.url).cache).some((k) => k.endsWith('.node'))
     const before = addonLoaded()
     announceLoaded(parentPort, { sqliteAddon: ${sqliteAddon} })
     parentPort.postMessage({ type: 'addon', before, after: addonLoaded() })`,
  )
  return pathToFileURL(file)
}

async function addonAround(sqliteAddon: boolean): Promise<{ before: boolean; after: boolean }> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
  const worker = new Worker(addonReportingWorker(sqliteAddon), { execArgv: ['--import', tsx] })
  try {
    return await new Promise((resolve, reject) => {
      worker.on('message', (m: { type: string; before: boolean; after: boolean }) => {
        if (m.type === 'addon') resolve(m)
      })
      worker.on('error', reject)
    })
  } finally {
    await worker.terminate()
  }
}

describe('a worker that opens a database', () => {
  it('has registered the SQLite addon before it says it is loaded, which importing alone does not do', async () => {
    expect(await addonAround(true)).toMatchObject({ before: false, after: true })
    expect(await addonAround(false)).toMatchObject({ before: false, after: false })
  })
})
