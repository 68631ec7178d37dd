import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { writeNewFile } from '../newFile'

const text = cli.commands['downward export']

export const downwardExportCommand = defineCommand({
  name: 'downward export',
  options: {
    ...userOption,
    to: { type: 'string', help: text.to, valueName: '代码', required: true },
    'min-version': { type: 'string', help: text.minVersion, valueName: '版本' },
    plain: { type: 'boolean', help: text.plain },
    out: { type: 'string', help: text.out, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const target = resolve(options.out!)
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call(
        'downward.export',
        {
          to: options.to!,
          plain: options.plain === true,
          ...(options['min-version'] ? { minAppVersion: options['min-version'] } : {}),
        },
        { to: '--to', minAppVersion: '--min-version' },
      )
      writeNewFile(target, Buffer.from(r.data, 'base64'))
      out.result(
        {
          ok: true,
          file: target,
          packageId: r.packageId,
          encrypted: r.encrypted,
          bytes: r.bytes,
          sha256: r.sha256,
          counts: r.counts,
        },
        [
          text.done(target, r.encrypted),
          ...Object.entries(r.counts).map(([part, n]) => text.part(part, n)),
        ],
      )
      return EXIT.ok
    })
  },
})
