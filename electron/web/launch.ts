import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCore, type Core } from '../core/core'
import type { ScryptParams } from '../services/auth/password'
import { openInBrowser } from './openBrowser'
import { startWebShell, type WebShell } from './server'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The built renderer (`npx electron-vite build`), the same page the desktop window loads. */
export const RENDERER_DIR = join(ROOT, 'out', 'renderer')

export interface LaunchOptions {
  dataDir: string
  port?: number
  openBrowser?: boolean
  /** The tests' cheap cost (electron/services/auth/testScrypt.ts); the app never sets it. */
  scrypt?: ScryptParams
}

export interface LaunchedWebShell {
  shell: WebShell
  core: Core
  /** Stops serving, then closes the database (folding the WAL back). Safe to call twice. */
  stop(): Promise<void>
}

/** Opens the data directory and serves it on 127.0.0.1: the browser version of the app. */
export async function launchWebShell(opts: LaunchOptions): Promise<LaunchedWebShell> {
  const core = await createCore({
    dataDir: opts.dataDir,
    appVersion: packageVersion(),
    shell: 'web',
    ...(opts.scrypt ? { scrypt: opts.scrypt } : {}),
  })
  let shell: WebShell
  try {
    shell = await startWebShell({ core, rendererDir: RENDERER_DIR, port: opts.port })
  } catch (e) {
    core.close()
    throw e
  }
  if (opts.openBrowser) openInBrowser(shell.launchUrl)
  let stopping: Promise<void> | null = null
  return {
    shell,
    core,
    stop: () =>
      (stopping ??= shell
        .close()
        .then(() => core.backupOnQuit())
        .finally(() => core.close())),
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version
}
