import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { launchWebShell, RENDERER_DIR, type LaunchedWebShell } from '../../web/launch'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { CliError, EXIT, usageError } from '../errors'

const text = cli.commands.serve
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const port = Number(value)
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) throw usageError(text.badPort(value))
  return port
}

/** Resolves on the first Ctrl+C or termination request. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      for (const s of STOP_SIGNALS) process.off(s, stop)
      resolve()
    }
    for (const s of STOP_SIGNALS) process.on(s, stop)
  })
}

export const serveCommand = defineCommand({
  name: 'serve',
  options: {
    port: { type: 'string', help: text.port, valueName: cli.valueNames.port },
    open: { type: 'boolean', help: text.open },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const port = parsePort(options.port)
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new CliError(text.noRenderer(RENDERER_DIR), EXIT.failed, 'NO_RENDERER')
    }
    // A new directory is fine here: the browser shows the first-run setup.
    let launched: LaunchedWebShell
    try {
      launched = await launchWebShell({ dataDir, port, openBrowser: options.open === true })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE' && port !== undefined) {
        throw new CliError(text.portInUse(port), EXIT.failed, 'IO_ERROR')
      }
      throw e
    }
    const stopped = untilStopped()
    const { shell } = launched
    out.result({ ok: true, url: shell.launchUrl, token: shell.token, port: shell.port }, [
      text.started,
      shell.launchUrl,
    ])
    out.note(text.tokenWarning)
    await stopped
    await launched.stop()
    out.note(text.stopped)
    return EXIT.ok
  },
})
