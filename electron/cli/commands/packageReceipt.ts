import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'

const text = cli.commands['package receipt']

export const packageReceiptCommand = defineCommand({
  name: 'package receipt',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: { ...userOption },
  async run({ options, args, out, env }) {
    const receipt = readInputFile(args.file!).toString('utf8')
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('packages.importReceipt', { text: receipt })
      out.result({ ok: true, ...r }, [
        text.done(r.status, r.rows.length),
        ...r.rows.map((row) => `  ${row.table} ${row.id}：${row.message}`),
      ])
      return EXIT.ok
    })
  },
})
