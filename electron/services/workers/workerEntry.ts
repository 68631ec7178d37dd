import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import type { WorkerOptions } from 'node:worker_threads'

/**
 * Where a worker thread's code is, and how to start it. Built, the main process is one
 * bundle in out/main with each worker emitted beside it (electron.vite.config.ts), and so is
 * the xinlian command's bundle in out/cli (scripts/buildCli.mjs). From source (the web shell,
 * the tests, and the command after an edit run TypeScript through tsx or vitest) the worker
 * is the .ts file, started with tsx's loader. Each caller names both URLs literally,
 * relative to its own module, so the bundler sees them.
 */
export function workerEntry(
  callerUrl: string,
  built: URL,
  source: URL,
): { url: URL; options: WorkerOptions } {
  if (!callerUrl.endsWith('.ts')) return { url: built, options: {} }
  const tsx = pathToFileURL(createRequire(callerUrl).resolve('tsx')).href
  return { url: source, options: { execArgv: ['--import', tsx] } }
}
