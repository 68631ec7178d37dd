import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { WorkerOptions } from 'node:worker_threads'

/**
 * Where the .xlsx worker's code is, and how to start it. Built, the main process is one
 * bundle in out/main with the worker emitted beside it (electron.vite.config.ts). From source
 * (the CLI, the web shell and the tests run TypeScript through tsx or vitest) the worker is
 * the .ts file next to this one, started with tsx's loader.
 */
export function xlsxWorkerEntry(): { url: URL; options: WorkerOptions } {
  const fromSource = import.meta.url.endsWith('.ts')
  if (!fromSource) return { url: new URL('./xlsxWorker.js', import.meta.url), options: {} }
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
  return {
    url: new URL('./xlsxWorker.ts', import.meta.url),
    options: { execArgv: ['--import', tsx] },
  }
}
