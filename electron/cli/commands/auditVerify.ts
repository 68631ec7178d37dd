import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { CliError, EXIT } from '../errors'
import { passwordFromEnv } from '../password'

const text = cli.commands['audit verify']

export const auditVerifyCommand = defineCommand({
  name: 'audit verify',
  options: { ...userOption },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const result = await s.call('audit.verify', {})
      if (result.ok) {
        out.result({ ...result }, [text.intact(result.checked)])
        return EXIT.ok
      }
      // A broken chain is the answer, not a crash: the document still describes it.
      const message = text.broken(result.brokenSeqs, result.brokenCount, result.checked)
      if (out.json) {
        out.result({ ...result }, [])
        out.note(message)
        return EXIT.failed
      }
      throw new CliError(message, EXIT.failed, 'AUDIT_BROKEN')
    })
  },
})
