import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type { ImportPreview, ImportResult, ImportRowReport } from '../../../shared/contract/imports'
import { cli } from '../../../shared/i18n/cli'
import { importCliText, importStatusNames } from '../../../shared/i18n/imports'
import { checkWriteTarget, writeBytesSafely, writeFailure } from '../../services/files/safeWrite'
import { withSignedInUser } from '../cliSession'
import { XLSX_TARGET } from '../paths'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { CliError, EXIT } from '../errors'

const text = importCliText['persons import']
/** The CLI reports every row; the wizard asks for fewer. */
const ALL_ROWS = 1_000_000
const HUMAN_ROWS = 200

/** One row of the issue's JSON: sheet, row as Excel shows it, status, field, reason. */
function rowDoc(r: ImportRowReport) {
  const fields = [...new Set(r.issues.map((i) => i.fieldLabel).filter((f) => f !== null))]
  return {
    sheet: r.sheet,
    row: r.row,
    status: r.status,
    field: fields.length ? fields.join('、') : null,
    reason: r.issues.map((i) => i.message).join('；') || null,
  }
}

/**
 * `xinlian persons import FILE`: the import wizard without the wizard. The file is read
 * here (the CLI may name paths; a renderer may not) and goes through imports.preview and
 * imports.apply like the app's, so roles, rules, the batch and the audit are the same.
 */
export const personsImportCommand = defineCommand({
  name: 'persons import',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    sheet: { type: 'string', help: text.sheet, valueName: text.sheetValue },
    'dry-run': { type: 'boolean', help: text.dryRun },
    errors: { type: 'string', help: text.errors, valueName: cli.valueNames.file },
  },
  async run({ options, args, out, env }) {
    const path = resolve(args.file!)
    const errorsTarget = options.errors ? resolve(options.errors) : null
    // Before anything is imported: a bad --errors path must not be found out afterwards.
    if (errorsTarget) checkWriteTarget(errorsTarget, XLSX_TARGET)
    let bytes: Buffer
    try {
      bytes = readFileSync(path)
    } catch {
      throw new CliError(text.fileMissing(path), EXIT.failed, 'IO_ERROR')
    }
    return withSignedInUser(options, env, async (s) => {
      let preview: ImportPreview
      try {
        preview = await s.call('imports.preview', {
          fileName: basename(path),
          data: bytes.toString('base64'),
          rowLimit: ALL_ROWS,
          ...(options.sheet ? { sheet: options.sheet } : {}),
        })
      } catch (e) {
        // Nothing could be read: the file's fault, not the command line's.
        if (e instanceof CliError && e.code === 'BAD_INPUT')
          throw new CliError(e.message, EXIT.failed, 'UNREADABLE')
        throw e
      }
      for (const sheet of preview.sheets) if (sheet.message) out.note(text.sheetNote(sheet.message))
      let outcome: ImportPreview | ImportResult = preview
      let batchId: string | null = null
      if (!options['dry-run']) {
        const applied = await s.call('imports.apply', { token: preview.token, rowLimit: ALL_ROWS })
        outcome = applied
        batchId = applied.batchId
      }
      if (errorsTarget && outcome.counts.rejected > 0) {
        const report = await s.call('imports.errorReport', { token: preview.token })
        try {
          writeBytesSafely(errorsTarget, Buffer.from(report.data, 'base64'), XLSX_TARGET)
        } catch (e) {
          throw writeFailure(e, errorsTarget)
        }
        out.note(text.errorsSaved(errorsTarget, outcome.counts.rejected))
      }
      const c = outcome.counts
      const rows = outcome.rows.filter((r) => r.status !== 'created' || r.issues.length > 0)
      const doc = {
        file: args.file!,
        created: c.created,
        updated: c.updated,
        unchanged: c.unchanged,
        duplicates: c.duplicates,
        rejected: c.rejected,
        warnings: c.warnings,
        rows: rows.map(rowDoc),
      }
      const lines = [
        `${text.summaryLine(args.file!, c)}${options['dry-run'] ? text.dryRunNote : ''}`,
        ...(batchId ? [text.batchLine(batchId)] : []),
        ...doc.rows
          .slice(0, HUMAN_ROWS)
          .map((r) =>
            text.rowLine(r.sheet, r.row, importStatusNames[r.status], r.field, r.reason ?? ''),
          ),
        ...(doc.rows.length > HUMAN_ROWS ? [text.moreRows(doc.rows.length - HUMAN_ROWS)] : []),
      ]
      out.result(doc, lines)
      return EXIT.ok
    })
  },
})
