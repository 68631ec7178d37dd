import { existsSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { isPlainDatabaseFile } from '../../db/atRest/cipher'
import { keySlotsPath, readKeySlots } from '../../db/atRest/keyRing'
import { userSlots, type KeySlotsFile } from '../../db/atRest/keySlots'
import { DATABASE_FILE } from '../../db/open'
import { DatabaseOpenError } from '../../db/errors'

/**
 * What the data directory holds decides how the core starts: a new installation gets a
 * key now; an encrypted one stays closed until a password unwraps its key; a plain one
 * from before encryption opens as it is (and is moved over: db/atRest/encryptPlain.ts).
 */
export type DataDirState =
  { kind: 'fresh' } | { kind: 'locked'; keys: KeySlotsFile } | { kind: 'plain' }

export function dataDirState(dataDir: string): DataDirState {
  const dbPath = join(dataDir, DATABASE_FILE)
  const keys = readKeySlots(dataDir)
  const hasDb = existsSync(dbPath)
  if (keys && userSlots(keys).length === 0) {
    // Setup never finished (its first user writes the first user slot in the same step):
    // no one can have entered anything, and the recovery key died with that process.
    for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, keySlotsPath(dataDir)])
      rmSync(f, { force: true })
    return { kind: 'fresh' }
  }
  if (keys && hasDb) return { kind: 'locked', keys }
  if (keys) throw new DatabaseOpenError('database-missing', dataAtRestText.databaseMissing(dataDir))
  // A file created but never written: a first start that stopped before its first page.
  if (!hasDb || statSync(dbPath).size === 0) return { kind: 'fresh' }
  if (isPlainDatabaseFile(dbPath)) return { kind: 'plain' }
  throw new DatabaseOpenError('keys-missing', dataAtRestText.keysMissing(dataDir))
}
