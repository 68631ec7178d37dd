import type { Command, OptionSpecs } from '../command'

export interface CommandEntry {
  name: string
  /** Loaded on use: `xinlian --help` should not open SQLite or start a server. */
  load(): Promise<Command<OptionSpecs>>
}

/** Every command, by the words that name it. A new command is a file and one line here. */
export const commands: CommandEntry[] = [
  { name: 'init', load: async () => (await import('./init')).initCommand },
  { name: 'serve', load: async () => (await import('./serve')).serveCommand },
  { name: 'audit verify', load: async () => (await import('./auditVerify')).auditVerifyCommand },
  { name: 'backup', load: async () => (await import('./backup')).backupCommand },
  { name: 'backups list', load: async () => (await import('./backupsList')).backupsListCommand },
  { name: 'restore', load: async () => (await import('./restore')).restoreCommand },
  {
    name: 'recovery reset-password',
    load: async () => (await import('./recoveryResetPassword')).recoveryResetPasswordCommand,
  },
  {
    name: 'activities list',
    load: async () => (await import('./activitiesList')).activitiesListCommand,
  },
  {
    name: 'activities participants',
    load: async () => (await import('./activitiesParticipants')).activitiesParticipantsCommand,
  },
  { name: 'persons add', load: async () => (await import('./personsAdd')).personsAddCommand },
  { name: 'persons list', load: async () => (await import('./personsList')).personsListCommand },
  { name: 'persons count', load: async () => (await import('./personsCount')).personsCountCommand },
  {
    name: 'persons duplicates',
    load: async () => (await import('./personsDuplicates')).personsDuplicatesCommand,
  },
  { name: 'stats', load: async () => (await import('./stats')).statsCommand },
  { name: 'report', load: async () => (await import('./report')).reportCommand },
  { name: 'demo', load: async () => (await import('./demo')).demoCommand },
  {
    name: 'persons import',
    load: async () => (await import('./personsImport')).personsImportCommand,
  },
  {
    name: 'persons export',
    load: async () => (await import('./personsExport')).personsExportCommand,
  },
  {
    name: 'suggestions add',
    load: async () => (await import('./suggestionsAdd')).suggestionsAddCommand,
  },
  {
    name: 'suggestions list',
    load: async () => (await import('./suggestionsList')).suggestionsListCommand,
  },
  {
    name: 'suggestions import',
    load: async () => (await import('./suggestionsImport')).suggestionsImportCommand,
  },
  {
    name: 'suggestions scores',
    load: async () => (await import('./suggestionsScores')).suggestionsScoresCommand,
  },
  { name: 'imports list', load: async () => (await import('./importsList')).importsListCommand },
  {
    name: 'imports rollback',
    load: async () => (await import('./importsRollback')).importsRollbackCommand,
  },
  { name: 'unit card', load: async () => (await import('./unitCard')).unitCardCommand },
  {
    name: 'units register',
    load: async () => (await import('./unitsRegister')).unitsRegisterCommand,
  },
  {
    name: 'package export',
    load: async () => (await import('./packageExport')).packageExportCommand,
  },
  {
    name: 'package verify',
    load: async () => (await import('./packageVerify')).packageVerifyCommand,
  },
  {
    name: 'package import',
    load: async () => (await import('./packageImport')).packageImportCommand,
  },
  {
    name: 'package receipt',
    load: async () => (await import('./packageReceipt')).packageReceiptCommand,
  },
  { name: 'package list', load: async () => (await import('./packageList')).packageListCommand },
  {
    name: 'downward export',
    load: async () => (await import('./downwardExport')).downwardExportCommand,
  },
  {
    name: 'downward import',
    load: async () => (await import('./downwardImport')).downwardImportCommand,
  },
  {
    name: 'package status',
    load: async () => (await import('./packageStatus')).packageStatusCommand,
  },
  {
    name: 'package review',
    load: async () => (await import('./packageReview')).packageReviewCommand,
  },
]

/** The entry named by the first words of argv (longest name first), and the rest of argv. */
export function findCommand(argv: string[]): { entry: CommandEntry; rest: string[] } | null {
  const byLength = [...commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
  for (const entry of byLength) {
    const words = entry.name.split(' ')
    if (words.every((w, i) => argv[i] === w)) return { entry, rest: argv.slice(words.length) }
  }
  return null
}

/** `audit` alone: the commands it begins, to suggest them. */
export function commandsUnder(word: string): string[] {
  return commands.map((c) => c.name).filter((n) => n.startsWith(`${word} `))
}
