import { parseArgs } from 'node:util'
import { cli } from '../../shared/i18n/cli'
import type { OptionSpecs } from './command'
import { usageError } from './errors'

/** Options that would put a secret into argv: refused with a pointer to XINLIAN_PASSWORD. */
const SECRET_OPTIONS = new Set(['password', 'passwd', 'pwd'])

/**
 * Parses argv against the specs with node:util parseArgs, reporting every mistake in
 * Chinese. Required options are checked by `missingRequired`, after --help had its chance.
 */
export function parseOptions(
  specs: OptionSpecs,
  argv: string[],
): Record<string, string | boolean | undefined> {
  return parseCommandLine(specs, argv, []).values
}

/** Options as parseOptions reads them, plus up to `argNames.length` positional arguments. */
export function parseCommandLine(
  specs: OptionSpecs,
  argv: string[],
  argNames: readonly string[],
): { values: Record<string, string | boolean | undefined>; args: Record<string, string> } {
  const config = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [
      name,
      s.short ? { type: s.type, short: s.short } : { type: s.type },
    ]),
  )
  // Non-strict with tokens, so each problem can be named in our own words.
  const { tokens } = parseArgs({
    args: argv,
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const values: Record<string, string | boolean | undefined> = {}
  const args: Record<string, string> = {}
  let positional = 0
  for (const token of tokens) {
    if (token.kind === 'positional') {
      const name = argNames[positional++]
      if (name === undefined) throw usageError(cli.errors.unexpectedArgument(token.value))
      args[name] = token.value
      continue
    }
    if (token.kind !== 'option') continue
    if (SECRET_OPTIONS.has(token.name)) throw usageError(cli.errors.passwordAsArgument)
    const spec = specs[token.name]
    if (!spec) throw usageError(cli.errors.unknownOption(token.rawName))
    if (spec.type === 'string') {
      // `--out --json`: parseArgs would take `--json` as the file name; say what is missing.
      const swallowed = !token.inlineValue && token.value?.startsWith('-')
      if (token.value === undefined || token.value === '' || swallowed) {
        throw usageError(cli.errors.optionNeedsValue(`--${token.name}`))
      }
      values[token.name] = token.value
    } else {
      if (token.value !== undefined)
        throw usageError(cli.errors.optionTakesNoValue(`--${token.name}`))
      values[token.name] = true
    }
  }
  return { values, args }
}

export function missingRequired(specs: OptionSpecs, values: Record<string, unknown>): string[] {
  return Object.entries(specs)
    .filter(([name, s]) => s.required && values[name] === undefined)
    .map(([name]) => `--${name}`)
}
