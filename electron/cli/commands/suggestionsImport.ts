import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type {
  LedgerImportPreview,
  LedgerImportResult,
  LedgerRowReport,
} from '../../../shared/contract/suggestionImport'
import { cli } from '../../../shared/i18n/cli'
import {
  ledgerImportCli as lines,
  ledgerRowStatusNames,
  submitterStateNames,
} from '../../../shared/i18n/suggestionImport'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { CliError, EXIT } from '../errors'

const text = cli.commands['suggestions import']

function rowDoc(r: LedgerRowReport) {
  return {
    sheet: r.sheet,
    row: r.row,
    status: r.status,
    title: r.title,
    score: r.score,
    reason: r.problems.map((p) => p.message).join('；') || null,
    submitters: r.submitters.map((s) => ({
      name: s.name,
      employer: s.employer,
      state: s.state,
      personId: s.personId,
    })),
  }
}

/**
 * `xinlian suggestions import FILE`: the wizard's 导入台账 without the wizard, through the same
 * procedures. A submitter the register does not decide stays free text: nobody is guessed.
 */
export const suggestionsImportCommand = defineCommand({
  name: 'suggestions import',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: { ...userOption, 'dry-run': { type: 'boolean', help: text.dryRun } },
  async run({ options, args, out, env }) {
    const path = resolve(args.file!)
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch {
      throw new CliError(lines.fileMissing(path), EXIT.failed, 'IO_ERROR')
    }
    return withSignedInUser(options, env, async (s) => {
      let outcome: LedgerImportPreview | LedgerImportResult
      try {
        outcome = await s.call('suggestions.importPreview', {
          fileName: basename(path),
          data: bytes.toString('base64'),
        })
      } catch (e) {
        if (e instanceof CliError && e.code === 'BAD_INPUT')
          throw new CliError(e.message, EXIT.failed, 'UNREADABLE')
        throw e
      }
      for (const sheet of outcome.sheets) if (sheet.message) out.note(sheet.message)
      const dry = !!options['dry-run']
      let batchId: string | null = null
      if (!dry) {
        const applied = await s.call('suggestions.importApply', { token: outcome.token })
        batchId = applied.batchId
        outcome = applied
      }
      const c = outcome.counts
      const rows = outcome.rows.map(rowDoc)
      const human = [
        lines.summary(args.file!, c, dry),
        ...(batchId ? [lines.batchLine(batchId)] : []),
        ...outcome.rows
          .filter((r) => r.status !== 'create' || r.problems.length)
          .map((r) =>
            lines.rowLine(
              r.row,
              ledgerRowStatusNames[r.status],
              r.title,
              r.problems.map((p) => p.message).join('；'),
            ),
          ),
        ...outcome.rows.flatMap((r) =>
          r.status === 'create'
            ? r.submitters
                .filter((m) => !m.personId)
                .map((m) => lines.submitterLine(r.row, m.name, submitterStateNames[m.state]))
            : [],
        ),
      ]
      out.result({ file: args.file!, dryRun: dry, batchId, ...c, rows }, human)
      return EXIT.ok
    })
  },
})
