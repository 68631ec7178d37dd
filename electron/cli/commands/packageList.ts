import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'

const text = cli.commands['package list']

export const packageListCommand = defineCommand({
  name: 'package list',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const packages = await s.call('packages.list', {})
      out.result(
        { ok: true, packages },
        packages.length
          ? packages.map((p) =>
              text.line(
                p.direction,
                p.otherUnit.code,
                p.period,
                p.kind,
                p.status,
                p.statusAt.slice(0, 10),
                p.statusReason,
              ),
            )
          : [text.none],
      )
      return EXIT.ok
    })
  },
})
