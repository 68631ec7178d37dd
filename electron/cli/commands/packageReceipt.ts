import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'
import { passwordFromEnv } from '../password'

const text = cli.commands['package receipt']

export const packageReceiptCommand = defineCommand({
  name: 'package receipt',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: { ...userOption },
  async run({ options, args, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const receipt = readInputFile(args.file!).toString('utf8')
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const r = await s.call('packages.importReceipt', { text: receipt })
      out.result({ ok: true, ...r }, [
        text.done(r.status, r.rows.length),
        ...r.rows.map((row) => `  ${row.table} ${row.id}：${row.message}`),
      ])
      return EXIT.ok
    })
  },
})
