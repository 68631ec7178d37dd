import { basename } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'

const text = cli.commands['downward import']

/** `xinlian downward import FILE`: a refusal prints its one sentence and exits 1. */
export const downwardImportCommand = defineCommand({
  name: 'downward import',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    'dry-run': { type: 'boolean', help: text.dryRun },
  },
  async run({ options, args, out, env }) {
    const file = readInputFile(args.file!)
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('downward.import', {
        data: file.toString('base64'),
        fileName: basename(args.file!),
        dryRun: options['dry-run'] === true,
      })
      if (r.status === 'refused') {
        out.result({ ok: false, status: 'refused', reason: r.reason }, [])
        out.note(r.reason ?? '')
        return EXIT.failed
      }
      const sender = r.sender ?? { code: '', name: '' }
      out.result(
        {
          ok: true,
          status: r.status === 'preview' ? 'dry-run' : r.status,
          ...(r.reason ? { reason: r.reason } : {}),
          packageId: r.packageId,
          sender: r.sender,
          counts: r.counts,
          warnings: r.warnings,
        },
        [
          r.reason ??
            (r.status === 'preview'
              ? text.preview(sender.code, sender.name)
              : text.applied(sender.code, sender.name)),
          ...Object.entries(r.counts).map(([part, c]) => text.part(part, c.applied, c.skipped)),
          ...r.warnings,
        ],
      )
      return EXIT.ok
    })
  },
})
