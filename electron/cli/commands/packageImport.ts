import { basename, resolve } from 'node:path'
import type { Events } from '../../../shared/contract'
import { cli } from '../../../shared/i18n/cli'
import { reportsUi } from '../../../shared/i18n/reportsUi'
import { PACKAGE_IMPORT_TASK } from '../../services/packages/apply/applyProgress'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { readInputFile, writeNewFile } from '../newFile'
import type { Output } from '../output'

const text = cli.commands['package import']

/**
 * `xinlian package import FILE`: status applied / already-imported / refused (with the
 * reason) and counts per table; a refusal exits 1 after printing its document.
 */
export const packageImportCommand = defineCommand({
  name: 'package import',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    'dry-run': { type: 'boolean', help: text.dryRun },
    'receipt-out': { type: 'string', help: text.receiptOut, valueName: cli.valueNames.file },
    progress: { type: 'boolean', help: text.progress },
  },
  async run({ options, args, out, env }) {
    const file = readInputFile(args.file!)
    const receiptTarget = options['receipt-out'] ? resolve(options['receipt-out']) : null
    return withSignedInUser(options, env, async (s) => {
      const print = progressPrinter(out)
      const off = out.showsProgress(options.progress)
        ? s.core.events.subscribe((event, payload) => {
            const p = payload as Events['progress']
            if (event === 'progress' && p.task === PACKAGE_IMPORT_TASK) print(p)
          })
        : () => {}
      const r = await s
        .call('packages.import', {
          data: file.toString('base64'),
          fileName: basename(args.file!),
          dryRun: options['dry-run'] === true,
        })
        .finally(off)
      // A 已拒收 receipt (a gap) is written too: the sender learns to send a full package.
      const receiptWritten = !!(receiptTarget && r.receipt && options['dry-run'] !== true)
      if (receiptWritten) writeNewFile(receiptTarget!, Buffer.from(r.receipt!.signedText, 'utf8'))
      if (r.status === 'refused') {
        out.result(
          {
            ok: false,
            status: 'refused',
            reason: r.reason,
            counts: {},
            ...(receiptWritten ? { receipt: { file: receiptTarget, status: 'refused' } } : {}),
          },
          [],
        )
        out.note(r.reason ?? '')
        if (receiptWritten) out.note(text.receipt(receiptTarget!))
        return EXIT.failed
      }
      const counts = Object.fromEntries(
        Object.entries(r.counts).map(([table, c]) => [
          table,
          {
            inserted: c.inserted,
            updated: c.updated,
            deleted: c.deleted,
            unchanged: c.unchanged,
            ignored: c.ignored,
          },
        ]),
      )
      out.result(
        {
          ok: true,
          status: r.status === 'preview' ? 'dry-run' : r.status,
          ...(r.reason ? { reason: r.reason } : {}),
          packageId: r.summary?.packageId ?? null,
          counts,
          rows: r.rows,
          warnings: r.warnings,
          receipt:
            receiptTarget && r.receipt ? { file: receiptTarget, status: r.receipt.status } : null,
        },
        [
          r.reason ?? (r.status === 'preview' ? text.preview : text.applied),
          ...Object.entries(r.counts).map(([table, c]) => text.table(table, c)),
          ...r.warnings,
          ...r.rows.map((row) => `  ${row.table} ${row.id}：${row.message}`),
          ...(receiptTarget && r.receipt ? [text.receipt(receiptTarget)] : []),
        ],
      )
      return EXIT.ok
    })
  },
})

/** A line when a table begins and at every tenth of the package: enough to see it move. */
function progressPrinter(out: Output): (p: Events['progress']) => void {
  let last = { table: '', tenth: -1 }
  return (p) => {
    if (!p.part) return
    const tenth = p.total ? Math.floor((p.done / p.total) * 10) : 10
    if (p.part.name === last.table && tenth === last.tenth) return
    last = { table: p.part.name, tenth }
    const table = reportsUi.tables[p.part.name] ?? p.part.name
    out.note(text.progressLine(table, p.part.done, p.part.total, p.done, p.total))
  }
}
