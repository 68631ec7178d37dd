import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { DATABASE_FILE } from '../../../db/open'
import { cli } from '../../../shared/i18n/cli'
import { APP_LOCK_FILE, appLockHolder } from '../../core/appLock'
import { appFiles } from '../../core/core'
import { openBackup } from '../../services/backup/openBackup'
import { recoverInterruptedRestore, swapInBackup } from '../../services/backup/swapDatabase'
import { appendAudit } from '../../services/audit/auditLog'
import { requireFullPackage } from '../../services/packages/export/fullAfterRestore'
import { backupsText } from '../../../shared/i18n/backups'
import { withSignedInUser } from '../cliSession'
import { defineCommand } from '../command'
import { userOption } from '../commonOptions'
import { resolveDataDir } from '../dataDir'
import { CliError, EXIT } from '../errors'
import { PASSWORD_ENV, passwordFromEnv } from '../password'
import { checkInputFile } from '../newFile'

const text = cli.commands.restore

/**
 * An installation that exists restores through backups.restore (its gate, its safety
 * backup, its audit row): the file is first placed in the backups folder. An empty data
 * directory (a new computer) takes the backup's files directly, opened with the user's
 * password as it was at backup time, then signs in to write the audit row.
 */
export const restoreCommand = defineCommand({
  name: 'restore',
  args: [{ name: 'file', label: cli.valueNames.file, help: text.fileArg }],
  options: {
    ...userOption,
    'other-unit': { type: 'boolean', help: text.otherUnit },
  },
  async run({ options, args, out, env }) {
    const file = resolve(args.file!)
    checkInputFile(file)
    const dataDir = resolveDataDir(options['data-dir'], env)
    const { backupsDir } = appFiles(dataDir)
    const app = appLockHolder(dataDir)
    if (app) throw new CliError(text.appRunning(app.pid, APP_LOCK_FILE), EXIT.failed, 'APP_RUNNING')
    let name = basename(file)
    // Read once (reading removes it from the environment), used twice: the backup's slot
    // and the sign-in.
    const password = passwordFromEnv(env)
    const signInEnv = { ...env, [PASSWORD_ENV]: password }
    // A restore a crash stopped halfway is undone first: the directory is then as it was.
    recoverInterruptedRestore(dataDir)
    if (!existsSync(join(dataDir, DATABASE_FILE))) {
      // Nothing to go back to: the swap is done at once, and the core opens it to sign in.
      const swapped = await restoreIntoEmpty(dataDir, file, options.user!, password)
      swapped.finish()
      return withSignedInUser(options, signInEnv, async (s) => {
        const at = s.core.clock.nowIso()
        const session = s.slot.get()!
        requireFullPackage(s.core.database.sqlite, at)
        appendAudit(
          s.core.database.sqlite,
          {
            action: 'backups.restore',
            object_type: 'backup',
            object_id: null,
            result: 'ok',
            detail: backupsText.restoreAudit(name, at, '—'),
            user_id: session.userId,
            username: session.username,
          },
          at,
        )
        out.result({ ok: true, restoredFrom: name, safetyBackup: null }, [text.done(name, null)])
        return EXIT.ok
      })
    }
    if (resolve(join(backupsDir, name)) !== file) {
      // Never over a backup already in the folder: a name of its own.
      while (existsSync(join(backupsDir, name))) name = `restored-${name}`
      mkdirSync(backupsDir, { recursive: true, mode: 0o700 })
      copyFileSync(file, join(backupsDir, name))
    }
    return withSignedInUser(options, signInEnv, async (s) => {
      const r = await s.call('backups.restore', {
        name,
        location: 'local',
        password,
        confirmOtherUnit: options['other-unit'] === true,
      })
      out.result({ ok: true, ...r }, [text.done(r.restoredFrom, r.safetyBackup)])
      return EXIT.ok
    })
  },
})

async function restoreIntoEmpty(dataDir: string, file: string, username: string, password: string) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const work = mkdtempSync(join(dataDir, '.restore-'))
  try {
    const opened = await openBackup(
      file,
      basename(file),
      { currentKey: null, username, password },
      work,
    )
    return swapInBackup(dataDir, opened.snapshot, opened.keys)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
