import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { writeNewFile } from '../newFile'

const text = cli.commands['package export']

export const packageExportCommand = defineCommand({
  name: 'package export',
  options: {
    ...userOption,
    to: { type: 'string', help: text.to, valueName: '代码', required: true },
    period: { type: 'string', help: text.period, valueName: '期间', required: true },
    full: { type: 'boolean', help: text.full },
    plain: { type: 'boolean', help: text.plain },
    explanation: { type: 'string', help: text.explanation, valueName: '说明' },
    out: { type: 'string', help: text.out, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const target = resolve(options.out!)
    return withSignedInUser(options, env, async (s) => {
      const r = await s.call(
        'packages.export',
        {
          to: options.to!,
          period: options.period!,
          kind: options.full ? 'full' : 'incremental',
          plain: options.plain === true,
          ...(options.explanation ? { explanation: options.explanation } : {}),
        },
        { to: '--to', period: '--period', explanation: '--explanation' },
      )
      writeNewFile(target, Buffer.from(r.data, 'base64'))
      const kind = options.full ? 'full' : 'incremental'
      out.result(
        {
          ok: true,
          file: target,
          packageId: r.packageId,
          kind,
          encrypted: r.encrypted,
          bytes: r.bytes,
          sha256: r.sha256,
          tables: r.tables,
        },
        [
          text.done(target, kind, r.encrypted),
          ...r.tables.filter((t) => t.rows).map((t) => text.table(t.table, t.rows, t.deleted)),
        ],
      )
      return EXIT.ok
    })
  },
})
