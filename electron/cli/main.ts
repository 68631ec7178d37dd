// Entry of the `xinlian` command. scripts/xinlian.mjs runs the runtime preflight (Node version,
// native database module) before importing this through tsx.
import { processIo } from './output'
import { quietOnClosedPipe } from './quietPipe'
import { runCli } from './run'

quietOnClosedPipe(process.stdout)
quietOnClosedPipe(process.stderr)
process.exitCode = await runCli(process.argv.slice(2), processIo, process.env)
