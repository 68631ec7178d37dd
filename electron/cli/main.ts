// Entry of the `xinlian` command (scripts/xinlian.mjs imports this through tsx).
import { cli } from '../../shared/i18n/cli'
import { processIo } from './output'
import { quietOnClosedPipe } from './quietPipe'

/** better-sqlite3 13 needs Node 22.12+; an older Node would crash loading it, so say so first. */
function nodeIsRecentEnough(): boolean {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 12)
}

if (!nodeIsRecentEnough()) {
  process.stderr.write(`${cli.errors.oldNode(process.version)}\n`)
  process.exitCode = 1
} else {
  quietOnClosedPipe(process.stdout)
  quietOnClosedPipe(process.stderr)
  const { runCli } = await import('./run')
  process.exitCode = await runCli(process.argv.slice(2), processIo, process.env)
}
