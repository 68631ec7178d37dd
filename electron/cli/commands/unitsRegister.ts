import { formatFingerprint } from '../../../shared/packages/fingerprint'
import { cli } from '../../../shared/i18n/cli'
import { unitKeyText } from '../../../shared/i18n/packages'
import { withCliSession } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'
import { passwordFromEnv } from '../password'

const text = cli.commands['units register']

export const unitsRegisterCommand = defineCommand({
  name: 'units register',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    fingerprint: { type: 'string', help: text.fingerprint, valueName: '指纹' },
    replace: { type: 'boolean', help: text.replace },
  },
  async run({ options, args, out, env }) {
    const dataDir = resolveDataDir(options['data-dir'], env)
    const card = readInputFile(args.file!).toString('utf8')
    const password = passwordFromEnv(env)
    return withCliSession({ dataDir, mustExist: true }, async (s) => {
      await s.requireInitialized()
      await s.signIn(options.user!, password)
      const r = await s.call(
        'units.register',
        {
          card,
          ...(options.fingerprint ? { fingerprint: options.fingerprint } : {}),
          ...(options.replace ? { replace: true as const } : {}),
        },
        { fingerprint: '--fingerprint' },
      )
      const key = r.unit.activeKey!
      const verified = key.verification !== 'unverified'
      out.result(
        {
          ok: true,
          unit: { code: r.unit.code, name: r.unit.name, relation: r.unit.relation },
          verification: key.verification,
          fingerprint: formatFingerprint(key.fingerprint),
          outcome: r.outcome,
        },
        [
          text.done(
            r.unit.code,
            r.unit.name,
            r.unit.relation,
            verified ? unitKeyText.verified : unitKeyText.unverified,
          ),
        ],
      )
      return EXIT.ok
    })
  },
})
