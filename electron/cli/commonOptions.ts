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
