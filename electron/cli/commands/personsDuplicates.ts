import { cli } from '../../../shared/i18n/cli'
import { crossUnit } from '../../../shared/i18n/crossUnit'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT, usageError } from '../errors'

const text = cli.commands['persons duplicates']
const STATES = ['open', 'marked', 'all'] as const
const PAGE = 500

export const personsDuplicatesCommand = defineCommand({
  name: 'persons duplicates',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
    'across-units': { type: 'boolean', help: text.acrossUnits },
    state: { type: 'string', help: text.state, valueName: 'open|marked|all' },
  },
  async run({ options, out, env }) {
    if (!options['across-units']) throw usageError(text.needsFlag)
    const state = (options.state ?? 'open') as (typeof STATES)[number]
    if (!STATES.includes(state)) throw usageError(text.badState)
    const dataDir = resolveDataDir(options['data-dir'], env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const first = await s.call('persons.crossUnitDuplicates', { state, offset: 0, limit: PAGE })
      const pairs = [...first.pairs]
      while (pairs.length < first.total) {
        const next = await s.call('persons.crossUnitDuplicates', {
          state,
          offset: pairs.length,
          limit: PAGE,
        })
        if (!next.pairs.length) break
        pairs.push(...next.pairs)
      }
      const side = (p: (typeof pairs)[number]['a']) => text.side(p.name, p.unitCode, p.unitName)
      out.result({ ok: true, total: first.total, open: first.open, marked: first.marked, pairs }, [
        ...(pairs.length ? [] : [text.none]),
        ...pairs.map((p) =>
          text.line(
            p.idNumber,
            side(p.a),
            side(p.b),
            p[p.lastTouched].unitCode,
            p.mark && text.marked(crossUnit.verdicts[p.mark.verdict]!, p.mark.unitCode),
          ),
        ),
        text.total(first.total, first.open, first.marked),
      ])
      return EXIT.ok
    })
  },
})
