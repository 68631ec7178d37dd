import { importCliText } from '../../../shared/i18n/imports'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'

const text = importCliText['imports list']

/** `xinlian imports list`: every import batch, newest first, as imports.list answers. */
export const importsListCommand = defineCommand({
  name: 'imports list',
  options: { ...userOption },
  async run({ options, out, env }) {
    return withSignedInUser(options, env, async (s) => {
      const items = []
      let total = 0
      for (let page = 1; ; page++) {
        const r = await s.call('imports.list', { page, pageSize: 500 })
        total = r.total
        items.push(...r.items)
        if (r.items.length < 500) break
      }
      out.result(
        { total, items },
        items.length
          ? items.map((b) =>
              text.line({
                id: b.id,
                at: b.at,
                username: b.username,
                fileName: b.fileName,
                created: b.counts.created,
                updated: b.counts.updated,
                status: b.status === 'applied' ? text.applied : text.rolledBack,
              }),
            )
          : [text.none],
      )
      return EXIT.ok
    })
  },
})
