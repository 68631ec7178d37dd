import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { importCliText } from '../../../shared/i18n/imports'
import { checkWriteTarget } from '../../services/files/safeWrite'
import { withSignedInUser } from '../cliSession'
import { XLSX_TARGET } from '../paths'
import { defineCommand } from '../command'
import { unitOption, unitsFilter, userOption } from '../commonOptions'
import { EXIT, usageError } from '../errors'
import { saveExport } from '../saveExport'

const text = importCliText['persons export']

/**
 * `xinlian persons export FILE.xlsx`: exports.persons through the dispatcher (role, masking,
 * the audit row), then the file is put where the user asked — under a temporary name first,
 * so a half-written file never carries the final name.
 */
export const personsExportCommand = defineCommand({
  name: 'persons export',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    ...unitOption,
    query: { type: 'string', help: text.query, valueName: text.queryValue },
    unmasked: { type: 'boolean', help: text.unmasked },
  },
  async run({ options, args, out, env }) {
    const target = resolve(args.file!)
    if (!target.toLowerCase().endsWith('.xlsx')) throw usageError(text.notXlsx)
    checkWriteTarget(target, XLSX_TARGET)
    return withSignedInUser(options, env, async (s) => {
      const query = options.query?.trim() || undefined
      const result = await s.call(
        'exports.persons',
        {
          query,
          ...unitsFilter(options.unit),
          sort: query ? 'relevance' : 'name',
          unmasked: options.unmasked === true,
        },
        { query: '--query', unmasked: '--unmasked', units: '--unit' },
      )
      await saveExport(result, target)
      out.result(
        { ok: true, file: target, rows: result.rows, masked: result.masked, bytes: result.bytes },
        [text.done(target, result.rows, result.masked)],
      )
      return EXIT.ok
    })
  },
})
