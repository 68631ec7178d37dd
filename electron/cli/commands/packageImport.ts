import { basename, resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { readInputFile, writeNewFile } from '../newFile'

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
  },
  async run({ options, args, out, env }) {
    const file = readInputFile(args.file!)
    const receiptTarget = options['receipt-out'] ? resolve(options['receipt-out']) : null
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('packages.import', {
        data: file.toString('base64'),
        fileName: basename(args.file!),
        dryRun: options['dry-run'] === true,
      })
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
