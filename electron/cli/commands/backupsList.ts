import { appFiles } from '../../core/core'
import { listBackups } from '../../services/backup/backupStore'
import { cli } from '../../../shared/i18n/cli'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { resolveDataDir } from '../dataDir'
import { EXIT } from '../errors'

const text = cli.commands['backups list']

/**
 * Headers are readable without the key (they hold no personal data), so the list needs no
 * sign-in; signed in, the second place (a setting inside the database) is listed too.
 */
export const backupsListCommand = defineCommand({
  name: 'backups list',
  options: {
    user: { type: 'string', help: text.user, valueName: cli.valueNames.username },
  },
  async run({ options, out, env }) {
    const entries = options.user
      ? await withSignedInUser(options, env, (s) => s.call('backups.list', {}))
      : listBackups({
          backupsDir: appFiles(resolveDataDir(options['data-dir'], env)).backupsDir,
          secondDir: null,
        })
    out.result(
      { ok: true, backups: entries },
      entries.length ? entries.map(text.line) : [text.none],
    )
    return EXIT.ok
  },
})
