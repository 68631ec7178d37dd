import { cli, type CommandText } from '../../shared/i18n/cli'
import type { ArgSpec, OptionSpec, OptionSpecs } from './command'
import type { CommandEntry } from './commands'

/** Terminal columns of a string: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1
  return w
}

function table(rows: [string, string][]): string[] {
  const left = Math.max(...rows.map(([l]) => width(l)))
  return rows.map(([l, r]) => `  ${l}${' '.repeat(left - width(l) + 2)}${r}`)
}

function flag(name: string, spec: OptionSpec): string {
  return spec.type === 'string'
    ? `--${name} <${spec.valueName ?? cli.valueNames.name}>`
    : `--${name}`
}

export function topHelp(entries: CommandEntry[]): string {
  return [
    cli.title,
    '',
    `${cli.usageLabel}${cli.topUsage}`,
    '',
    cli.commandsLabel,
    ...table(entries.map((e) => [e.name, commandText(e.name).summary])),
    '',
    cli.conventionsLabel,
    ...cli.conventions.map((c) => `  ${c}`),
    '',
    cli.exitCodes,
    cli.moreHelp,
    '',
  ].join('\n')
}

export function commandHelp(
  name: string,
  common: OptionSpecs,
  own: OptionSpecs,
  args: readonly ArgSpec[] = [],
): string {
  const text = commandText(name)
  const required = Object.entries(own).filter(([, s]) => s.required)
  const optional = Object.entries(own).filter(([, s]) => !s.required)
  const usage = [
    `xinlian ${name}`,
    ...args.map((a) => `<${a.label}>`),
    flag('data-dir', common['data-dir']!),
    ...required.map(([n, s]) => flag(n, s)),
    ...optional.map(([n, s]) => `[${flag(n, s)}]`),
    '[--json]',
  ].join(' ')
  const all = { ...own, ...common }
  return [
    `${cli.usageLabel}${usage}`,
    '',
    text.description,
    '',
    cli.optionsLabel,
    ...table([
      ...args.map((a): [string, string] => [`<${a.label}>`, a.help]),
      ...Object.entries(all).map(([n, s]): [string, string] => [flag(n, s), s.help]),
    ]),
    '',
    cli.examplesLabel,
    ...text.examples.map((e) => `  ${e}`),
    '',
  ].join('\n')
}

function commandText(name: string): CommandText {
  return (cli.commands as Record<string, CommandText>)[name]!
}
