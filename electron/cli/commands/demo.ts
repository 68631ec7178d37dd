import { DEMO_SCALES, type DemoScale } from '../../../shared/contract/persons'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT, usageError } from '../errors'

const text = cli.commands.demo

export const demoCommand = defineCommand({
  name: 'demo',
  options: {
    ...userOption,
    scale: { type: 'string', help: text.scale, valueName: 'county|city|province', required: true },
    seed: { type: 'string', help: text.seed, valueName: 'N' },
  },
  async run({ options, out, env }) {
    const scale = options.scale!
    if (!(scale in DEMO_SCALES)) throw usageError(text.badScale(scale))
    const seed = options.seed === undefined ? 1 : Number(options.seed)
    if (!Number.isInteger(seed) || seed < 0) throw usageError(text.badSeed(options.seed!))
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call('persons.loadDemo', { scale: scale as DemoScale, seed })
      out.result({ ...r, scale, seed }, [text.done(r.inserted, (r.ms / 1000).toFixed(1))])
      return EXIT.ok
    })
  },
})
