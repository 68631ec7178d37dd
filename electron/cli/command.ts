import type { commonOptions } from './commonOptions'
import type { Output } from './output'

export interface OptionSpec {
  type: 'string' | 'boolean'
  /** One line of Chinese for --help. */
  help: string
  /** Shown as `--out <文件>`. */
  valueName?: string
  required?: boolean
  short?: string
}
export type OptionSpecs = Record<string, OptionSpec>

/** A positional argument, e.g. the activity id of `activities participants <活动编号>`. */
export interface ArgSpec {
  name: string
  /** Shown as `<活动编号>` in the usage line and the help table. */
  label: string
  help: string
}

/** Parsed option values, typed from the specs: strings stay strings, flags are booleans. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean
}

export interface CommandContext<O extends OptionSpecs> {
  options: OptionValues<O & typeof commonOptions>
  /** Positional arguments by name; all declared ones are present (checked before run). */
  args: Record<string, string>
  out: Output
  env: NodeJS.ProcessEnv
}

/** One command: a file under commands/ exports one of these. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** Words typed after `xinlian`, e.g. `audit verify`. */
  name: string
  /** Its own options; the common ones (--data-dir, --json, --help) are added for every command. */
  options: O
  /** Positional arguments, all required, in order; none when left out. */
  args?: readonly ArgSpec[]
  /** Resolves to the exit code; serve resolves only when stopped. */
  run(ctx: CommandContext<O>): Promise<number>
}

/** Keeps the option types of a command literal without repeating them. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command<O> {
  return command
}
