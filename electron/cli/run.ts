import { cli } from '../../shared/i18n/cli'
import { missingRequired, parseCommandLine } from './args'
import type { OptionValues } from './command'
import { commands, commandsUnder, findCommand } from './commands'
import { commonOptions } from './commonOptions'
import { EXIT, toCliError, usageError } from './errors'
import { commandHelp, topHelp } from './help'
import { Output, type Io } from './output'

/** Runs one `xinlian …` invocation and answers its exit code. */
export async function runCli(argv: string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const first = argv[0]
  if (first === undefined) {
    io.stderr(topHelp(commands))
    return EXIT.usage
  }
  if (first === '--help' || first === '-h' || (first === 'help' && argv.length === 1)) {
    io.stdout(topHelp(commands))
    return EXIT.ok
  }
  const asHelp = first === 'help'
  const words = asHelp ? argv.slice(1) : argv
  // Before the options are parsed, so that even a usage error honours --json.
  const out = new Output(io, words.includes('--json'))
  try {
    const found = findCommand(words)
    if (!found) {
      const under = commandsUnder(words[0]!)
      throw usageError(
        under.length
          ? cli.errors.subcommandNeeded(words[0]!, under.join('、'))
          : cli.errors.unknownCommand(words[0]!),
      )
    }
    const command = await found.entry.load()
    const specs = { ...command.options, ...commonOptions }
    // parseOptions checked every value against these same specs.
    const argSpecs = command.args ?? []
    const parsed = parseCommandLine(
      specs,
      found.rest,
      argSpecs.map((a) => a.name),
    )
    const options = parsed.values as OptionValues<typeof specs>
    if (asHelp || options.help) {
      io.stdout(commandHelp(command.name, commonOptions, command.options, argSpecs))
      return EXIT.ok
    }
    const absent = argSpecs.filter((a) => parsed.args[a.name] === undefined)
    if (absent.length)
      throw usageError(cli.errors.missingArguments(absent.map((a) => `<${a.label}>`).join(' ')))
    const missing = missingRequired(specs, options)
    if (missing.length) throw usageError(cli.errors.missingOptions(missing.join('、')))
    return await command.run({ options, args: parsed.args, out, env })
  } catch (e) {
    const err = toCliError(e)
    out.fail(err)
    return err.exitCode
  }
}
