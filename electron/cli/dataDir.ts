import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DATABASE_FILE } from '../../db/open'
import { errorText } from '../../shared/i18n/errors'
import { cli } from '../../shared/i18n/cli'
import { CliError, EXIT, usageError } from './errors'

export const DATA_DIR_ENV = 'XINLIAN_DATA_DIR'

/** `--data-dir`, else XINLIAN_DATA_DIR, as an absolute path. */
export function resolveDataDir(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const given = option?.trim() || env[DATA_DIR_ENV]?.trim()
  if (!given) throw usageError(errorText.dataDirRequired)
  return resolve(given)
}

/** Commands other than init must not create an empty database in a mistyped directory. */
export function requireExistingDatabase(dataDir: string): void {
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    throw new CliError(cli.errors.noDatabase(dataDir), EXIT.failed, 'NOT_INITIALIZED')
  }
}
