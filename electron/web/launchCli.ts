import { homedir } from 'node:os'
import { DatabaseOpenError } from '../../db/errors'
import { desktop } from '../../shared/i18n/desktop'
import { resolveDataDir, userDataDirFor } from '../main/dataDir'
import { launchWebShell } from './launch'

type Env = Record<string, string | undefined>

/** `--port N` or `--port=N`; no port means a random free one. */
export function portFromArgs(argv: readonly string[]): { port?: number; invalid?: string } {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='))
  if (i < 0) return {}
  const raw =
    (argv[i]!.startsWith('--port=') ? argv[i]!.slice('--port='.length) : argv[i + 1]) ?? ''
  const port = Number(raw)
  return /^\d+$/.test(raw) && port >= 1 && port <= 65535 ? { port } : { invalid: raw }
}

/**
 * The browser version as `npm start` runs it when Electron is absent: the same data
 * directory the desktop app would use, a browser opened on the launch address, and a
 * clean close on Ctrl+C. Resolves once the shell has stopped.
 */
export async function runWebShellCli(
  argv: readonly string[],
  env: Env = process.env,
): Promise<number> {
  const dataDir = resolveDataDir({
    argv,
    env,
    userDataDir: userDataDirFor({ platform: process.platform, env, home: homedir() }),
    cwd: process.cwd(),
  })
  const { port, invalid } = portFromArgs(argv)
  if (invalid !== undefined) {
    console.error(desktop.badPort(invalid))
    return 2
  }

  let launched
  try {
    launched = await launchWebShell({ dataDir, port, openBrowser: !argv.includes('--no-open') })
  } catch (e) {
    console.error(e instanceof DatabaseOpenError ? e.message : desktop.startFailed(String(e)))
    return 1
  }

  console.log(desktop.webShellReady(launched.shell.launchUrl))
  console.log(desktop.webShellDataDir(dataDir))
  console.log(desktop.webShellStopHint)

  await new Promise<void>((resolve) => {
    const stop = () => {
      for (const s of SIGNALS) process.off(s, stop)
      resolve()
    }
    for (const s of SIGNALS) process.on(s, stop)
  })
  await launched.stop()
  console.log(desktop.webShellStopped)
  return 0
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
