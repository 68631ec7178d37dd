import type { PersonListRow } from '../../../shared/contract'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { unitOption, unitsFilter, userOption } from '../commonOptions'
import { EXIT, usageError } from '../errors'

const text = cli.commands['persons list']
const PAGE = 500

export const personsListCommand = defineCommand({
  name: 'persons list',
  options: {
    ...userOption,
    ...unitOption,
    query: { type: 'string', help: text.query, valueName: text.query },
    limit: { type: 'string', help: text.limit, valueName: 'N' },
  },
  async run({ options, out, env }) {
    const limit = options.limit === undefined ? Infinity : Number(options.limit)
    if (!(limit === Infinity || (Number.isInteger(limit) && limit > 0))) {
      throw usageError(text.badLimit(options.limit!))
    }
    return withSignedInUser(options, env, async (s) => {
      const query = options.query?.trim() || undefined
      const items: PersonListRow[] = []
      let total = 0
      for (let page = 1; items.length < limit; page++) {
        const r = await s.call(
          'persons.list',
          {
            query,
            ...unitsFilter(options.unit),
            page,
            pageSize: PAGE,
            sort: query ? 'relevance' : 'name',
          },
          { query: '--query', units: '--unit' },
        )
        total = r.total
        items.push(...r.items.slice(0, limit - items.length))
        if (r.items.length < PAGE) break
      }
      out.result({ count: total, items }, [
        ...items.map((p) =>
          [
            p.name,
            p.sex ?? '',
            p.birthDate ?? '',
            p.employer ?? '',
            p.phone ?? '',
            p.idNumber ?? '',
          ]
            .join('\t')
            .trimEnd(),
        ),
        text.total(total, items.length),
      ])
      return EXIT.ok
    })
  },
})
