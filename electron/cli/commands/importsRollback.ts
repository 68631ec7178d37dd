import { importCliText } from '../../../shared/i18n/imports'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { passwordFromEnv } from '../password'

const text = importCliText['imports rollback']

/** `xinlian imports rollback <batchId>`: imports.rollback, for admins. */
export const importsRollbackCommand = defineCommand({
  name: 'imports rollback',
  args: [{ name: 'batchId', label: '批次编号', help: text.batchArg }],
  options: { ...userOption },
  async run({ options, args, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const r = await s.call('imports.rollback', { batchId: args.batchId! })
      out.result({ ok: true, ...r }, [text.done(r.batchId, r.removed, r.restored)])
      return EXIT.ok
    })
  },
})
