import { localToday } from '../../../shared/dates/calendar'
import { cli } from '../../../shared/i18n/cli'
import { indicatorText } from '../../../shared/i18n/indicators'
import { INDICATOR_BY_ID } from '../../../shared/statistics/indicators'
import { parsePeriod, type Period } from '../../../shared/statistics/period'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { unitOption, unitsFilter, userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT, usageError } from '../errors'

const text = cli.commands.stats

/** The --period option as a period; this year when left out. */
export function periodOption(value: string | undefined, bad: (v: string) => string): Period {
  const period = parsePeriod(value ?? localToday().slice(0, 4))
  if (!period) throw usageError(bad(value ?? ''))
  return period
}

export const statsCommand = defineCommand({
  name: 'stats',
  options: {
    ...userOption,
    period: { type: 'string', help: text.period, valueName: '2026' },
    ...unitOption,
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const period = periodOption(options.period, text.badPeriod)
    const units = unitsFilter(options.unit)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const r = await s.call('statistics.indicators', { period, ...units })
      const indicators = Object.entries(r.values).map(([id, value]) => {
        const d = INDICATOR_BY_ID.get(id)!
        return { id, name: d.name, value, unit: d.unit, basis: d.basis, definition: d.definition }
      })
      out.result(
        {
          period: r.period,
          rulesVersion: r.rulesVersion,
          computedAt: r.computedAt,
          unavailable: r.unavailable,
          indicators,
        },
        [
          text.heading(r.period.from, r.period.to, r.rulesVersion),
          ...r.unavailable.map((u) => indicatorText.unavailable[u] ?? u),
          ...indicators.map((i) =>
            text.line(i.id, i.name, i.value.toFixed(INDICATOR_BY_ID.get(i.id)!.decimals), i.unit),
          ),
        ],
      )
      return EXIT.ok
    })
  },
})
