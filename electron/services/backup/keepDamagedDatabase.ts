import type BetterSqlite3 from 'better-sqlite3'
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { KEY_SLOTS_FILE } from '../../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../../db/open'
import { privateFolder } from '../../../db/privateFiles'
import { backupFileName } from './backup'
import { hashAndCheckPages } from './pageHmacs'
import { XLBAK_EXTENSION } from './xlbakFile'

/**
 * Today's database kept as its files are, when the safety backup before a restore has refused
 * it: the restore that repairs a damaged or altered page must not be stopped by that page, and
 * the bytes as they were are kept beside the backups — in a folder of their own, not as an
 * .xlbak, which could not pass its own check. Null when the file has no bad page: the safety
 * backup failed for another reason (a full disk), and the restore stops as it did.
 */
export function keepDamagedDatabase(
  sqlite: BetterSqlite3.Database,
  key: Buffer | null,
  dataDir: string,
  backupsDir: string,
  nowMs: number,
): string | null {
  if (!key) return null
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number
  if (hashAndCheckPages(join(dataDir, DATABASE_FILE), { key, pageSize }).badPage === null) {
    return null
  }
  const name = backupFileName(new Date(nowMs), 'beforeRestore').replace(XLBAK_EXTENSION, '.damaged')
  const folder = join(backupsDir, name)
  privateFolder(folder)
  for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, KEY_SLOTS_FILE]) {
    if (existsSync(join(dataDir, file))) copyFileSync(join(dataDir, file), join(folder, file))
  }
  return name
}
