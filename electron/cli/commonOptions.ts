import { cli } from '../../shared/i18n/cli'
import type { OptionSpecs } from './command'

/** Understood by every command. */
export const commonOptions = {
  'data-dir': { type: 'string', help: cli.options.dataDir, valueName: cli.valueNames.dir },
  json: { type: 'boolean', help: cli.options.json },
  help: { type: 'boolean', help: cli.options.help, short: 'h' },
} as const satisfies OptionSpecs

/** For commands that change data or show personal data: who is acting. */
export const userOption = {
  user: {
    type: 'string',
    help: cli.options.user,
    valueName: cli.valueNames.username,
    required: true,
  },
} as const satisfies OptionSpecs

/** At an upper unit: one unit's records only (本单位 or one unit below). */
export const unitOption = {
  unit: { type: 'string', help: cli.options.unit, valueName: cli.valueNames.code },
} as const satisfies OptionSpecs

/** The `units` filter of a list procedure from --unit. */
export function unitsFilter(unit: string | undefined): { units?: string[] } {
  const code = unit?.trim()
  return code ? { units: [code] } : {}
}
