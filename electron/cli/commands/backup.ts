import { resolve } from 'node:path'
import { cli } from '../../../shared/i18n/cli'
import { checkpointMoment, takeCheckpoint } from '../../services/audit/checkpoints/takeCheckpoint'
import { backupDatabase } from '../../services/backup/backup'
import { XLBAK_EXTENSION } from '../../services/backup/xlbakFile'
import { checkWriteTarget } from '../../services/files/safeWrite'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { EXIT } from '../errors'
import { asProcedure } from '../shellAction'
import { formatBytes } from '../sizes'

const text = cli.commands.backup

/**
 * The 设置 → 备份 action written to a file the user names. `backup.create` always writes
 * into the data directory, and a renderer must never choose paths on disk, so the path stays
 * out of the contract: the CLI runs the same backup service under backup.create's gate and
 * audit row.
 */
export const backupCommand = defineCommand({
  name: 'backup',
  options: {
    ...userOption,
    out: { type: 'string', help: text.out, valueName: cli.valueNames.file, required: true },
  },
  async run({ options, out, env }) {
    const target = resolve(options.out!)
    // Before signing in, so a bad path fails at once. Also keeps the live database (or a
    // backup someone relies on) from being replaced, directly or through a link.
    checkWriteTarget(target, { extension: XLBAK_EXTENSION })
    return withSignedInUser(options, env, async (s) => {
      const done = await asProcedure(s, 'backup.create', async () => {
        const { sqlite } = s.core.database
        const checkpoint = takeCheckpoint(sqlite, 'backup', checkpointMoment(s.core.clock))
        const { path, bytes } = await backupDatabase(sqlite, s.core.keys?.key ?? null, target, {
          kind: 'manual',
          appVersion: s.core.config.appVersion,
          nowMs: s.core.clock.nowMs(),
          checkpoint,
        })
        return { value: { path, bytes }, note: { objectType: 'backup', detail: path } }
      })
      out.result(
        {
          ok: true,
          path: done.path,
          bytes: done.bytes,
          integrity: 'ok',
          at: s.core.clock.nowIso(),
        },
        [text.done(done.path, formatBytes(done.bytes))],
      )
      return EXIT.ok
    })
  },
})
