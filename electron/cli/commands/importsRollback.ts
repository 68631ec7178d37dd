import { importCliText } from '../../../shared/i18n/imports'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'

const text = importCliText['imports rollback']

/** `xinlian imports rollback <batchId>`: imports.rollback, for admins. */
export const importsRollbackCommand = defineCommand({
  name: 'imports rollback',
  args: [{ name: 'batchId', label: '批次编号', help: text.batchArg }],
  options: { ...userOption },
  async run({ options, args, out, env }) {
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('imports.rollback', { batchId: args.batchId! })
      out.result({ ok: true, ...r }, [text.done(r.batchId, r.removed, r.restored)])
      return EXIT.ok
    })
  },
})
