import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { passwordFromEnv } from '../password'

const text = cli.commands['persons count']

export const personsCountCommand = defineCommand({
  name: 'persons count',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const password = options.user ? passwordFromEnv(env) : ''
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      if (options.user) await s.signIn(options.user, password)
      else s.readAsLocalViewer()
      const { count } = await s.call('persons.count', {})
      out.result({ count }, [text.total(count)])
      return EXIT.ok
    })
  },
})
