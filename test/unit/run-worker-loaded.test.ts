import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
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
