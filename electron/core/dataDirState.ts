import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { dataAtRestText } from '../../shared/i18n/dataAtRest'
import { isPlainDatabaseFile } from '../../db/atRest/cipher'
import { keySlotsPath, readKeySlots } from '../../db/atRest/keyRing'
import { encryptingPath } from '../../db/atRest/encryptPlain'
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
  let keys = readKeySlots(dataDir)
  const hasDb = existsSync(dbPath)
  const copy = encryptingPath(dbPath)
  if (keys && userSlots(keys).length > 0 && existsSync(copy)) {
    // Stopped while a plain database was being moved over: a user slot is written only
    // after the encrypted copy was checked, so the copy is whole; finish the swap.
    renameSync(copy, dbPath)
    for (const f of [`${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true })
  } else rmSync(copy, { force: true })
  if (keys && hasDb && statSync(dbPath).size > 0 && isPlainDatabaseFile(dbPath)) {
    // Slots written for a copy that never got checked: the plain file is still the data.
    rmSync(keySlotsPath(dataDir), { force: true })
    keys = null
  }
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
