import { DEMO_SCALES, type DemoScale } from '../../../shared/contract/persons'
import { cli } from '../../../shared/i18n/cli'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT, usageError } from '../errors'
import { passwordFromEnv } from '../password'

const text = cli.commands.demo

export const demoCommand = defineCommand({
  name: 'demo',
  options: {
    ...userOption,
    scale: { type: 'string', help: text.scale, valueName: 'county|city|province', required: true },
    seed: { type: 'string', help: text.seed, valueName: 'N' },
  },
  async run({ options, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const scale = options.scale!
    if (!(scale in DEMO_SCALES)) throw usageError(text.badScale(scale))
    const seed = options.seed === undefined ? 1 : Number(options.seed)
    if (!Number.isInteger(seed) || seed < 0) throw usageError(text.badSeed(options.seed!))
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const r = await s.call('persons.loadDemo', { scale: scale as DemoScale, seed })
      out.result({ ...r, scale, seed }, [text.done(r.inserted, (r.ms / 1000).toFixed(1))])
      return EXIT.ok
    })
  },
})
