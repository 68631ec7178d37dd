import type { Suggestion } from '../../../shared/contract'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { unitOption, unitsFilter, userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { yearOption } from './suggestionsYear'

const text = cli.commands['suggestions list']
const PAGE = 500

export const suggestionsListCommand = defineCommand({
  name: 'suggestions list',
  options: {
    ...userOption,
    ...unitOption,
    year: { type: 'string', help: text.year, valueName: 'YYYY' },
  },
  async run({ options, out, env }) {
    const year = yearOption(options.year, text.badYear)
    return withSignedInUser(options, env, async (s) => {
      const items: Suggestion[] = []
      let total = 0
      for (let page = 1; ; page++) {
        const r = await s.call('suggestions.list', {
          year,
          ...unitsFilter(options.unit),
          page,
          pageSize: PAGE,
        })
        total = r.total
        items.push(...r.items)
        if (r.items.length < PAGE) break
      }
      out.result({ count: total, items }, [
        ...(items.length === 0 ? [text.none] : []),
        ...items.map(
          (x) =>
            `${x.id}  ${text.line(x.submittedOn, x.title, x.kindName, x.submitters.map((m) => m.name).join('、'), x.score)}`,
        ),
        ...(items.length ? [text.total(total)] : []),
      ])
      return EXIT.ok
    })
  },
})
