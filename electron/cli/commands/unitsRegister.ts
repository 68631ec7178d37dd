import { formatFingerprint } from '../../../shared/packages/fingerprint'
import { cli } from '../../../shared/i18n/cli'
import { unitKeyText } from '../../../shared/i18n/packages'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { readInputFile } from '../newFile'

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
    const card = readInputFile(args.file!).toString('utf8')
    return withSignedInUser(options, env, async (s) => {
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
