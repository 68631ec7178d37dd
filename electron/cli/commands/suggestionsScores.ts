import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { yearOption } from './suggestionsYear'

const text = cli.commands['suggestions scores']

export const suggestionsScoresCommand = defineCommand({
  name: 'suggestions scores',
  options: {
    ...userOption,
    year: { type: 'string', help: text.year, valueName: 'YYYY' },
  },
  async run({ options, out, env }) {
    const year = yearOption(options.year, cli.commands['suggestions list'].badYear)
    return withSignedInUser(options, env, async (s) => {
      const board = await s.call('suggestions.scores', { year })
      const { persons, organizations } = board
      out.result({ year: board.year, persons, organizations, figures: board.figures }, [
        ...(persons.length === 0 ? [text.none] : [text.personsHeader]),
        ...persons.map((p, i) => text.line(i + 1, p.name, p.count, p.score)),
        ...(organizations.length ? [text.organizationsHeader] : []),
        ...organizations.map((o, i) => text.line(i + 1, o.employer, o.count, o.score)),
      ])
      return EXIT.ok
    })
  },
})
