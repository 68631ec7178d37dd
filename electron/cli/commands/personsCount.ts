import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'

const text = cli.commands['persons count']

export const personsCountCommand = defineCommand({
  name: 'persons count',
  options: {
    user: { type: 'string', help: cli.options.user, valueName: cli.valueNames.username },
    unit: { type: 'string', help: text.unit, valueName: '代码' },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signInOrView(options.user, env)
      const unit = options.unit?.trim()
      const { count, byUnit = [] } = await s.call(
        'persons.count',
        unit ? { unit } : { byUnit: true },
        {
          unit: '--unit',
        },
      )
      // One unit alone needs no breakdown; an upper unit sees its own and each sub-unit's.
      const units = unit || byUnit.length < 2 ? [] : byUnit
      out.result(unit ? { count, unit } : units.length ? { count, byUnit: units } : { count }, [
        text.total(count),
        ...units.map((u) => text.byUnit(u.code, u.name, u.count)),
      ])
      return EXIT.ok
    })
  },
})
