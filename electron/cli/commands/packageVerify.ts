import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'

const text = cli.commands['package verify']

/** Checks only: packages.verify writes nothing, not even an audit row. */
export const packageVerifyCommand = defineCommand({
  name: 'package verify',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
  },
  async run({ options, args, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const data = readInputFile(args.file!).toString('base64')
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const r = await s.call('packages.verify', { data })
      out.result({ ok: true, ...r }, [text.ok(r.sender.code, r.sender.name, r.period, r.kind)])
      return EXIT.ok
    })
  },
})
