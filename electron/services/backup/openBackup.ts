import { rmSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { SCHEMA_VERSION } from '../../../db/migrations'
import { openSqlite } from '../../../db/atRest/cipher'
import { unwrapForUser } from '../../../db/atRest/keyRing'
import { checkSeal, parseKeySlots, type KeySlotsFile } from '../../../db/atRest/keySlots'
import type { BackupManifest } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { databaseFacts } from './backupFacts'
import { checkCopy } from './checkCopy'
import { checkXlbakBody, manifestMac, readXlbakHeader, XlbakDamaged } from './xlbakFile'

export interface BackupSecret {
  /** Today's database key: a backup of this installation opens with it, no password needed. */
  currentKey: Buffer | null
  /** Whose slot in the backup to try when it comes from elsewhere. */
  username: string
  password?: string | undefined
}

export interface OpenedBackup {
  manifest: BackupManifest
  /** The backup's key file, sealed under `key`; null for a plain database. */
  keys: KeySlotsFile | null
  key: Buffer | null
  /** The database taken out of the backup, checked: integrity ok and the manifest's counts. */
  snapshot: string
}

function damaged(name: string): AppError {
  return new AppError('BAD_INPUT', backupsText.notABackup(name))
}

function keyFor(keys: KeySlotsFile, secret: BackupSecret): Promise<Buffer | null> | Buffer {
  if (secret.currentKey) {
    try {
      checkSeal(keys, secret.currentKey)
      return secret.currentKey
    } catch {
      // Another installation's key file: a password has to open it.
    }
  }
  if (!secret.password) throw new AppError('BAD_CREDENTIALS', backupsText.needsPassword)
  return unwrapForUser(keys, secret.username, secret.password)
}

/**
 * Whether the database in a backup was checked (checkCopy.ts) before the backup got its
 * name: every backup but the one an open takes before it migrates (backupBeforeMigrating.ts
 * carries the file's bytes unchecked). Its body's SHA-256, computed after that check, has
 * just matched the manifest's: the bytes are those that passed (a damaged byte changes the
 * hash), and checking them again would read, and decrypt, every page a second time. The
 * check is against damage, not forgery: that is the manifest's MAC under the database key
 * (an encrypted backup); a plain file anyone could have written whole, check or not.
 */
function checkedWhenMade(manifest: BackupManifest): boolean {
  return manifest.kind !== 'beforeMigration'
}

/**
 * Verifies a backup end to end and takes its database out into `workDir` (the data
 * directory, so the swap is a rename): header, key slot, the manifest's MAC, the body's
 * checksum, then (unless it was checked when made) the check and the counts on the copy. Nothing is changed elsewhere;
 * the caller removes `snapshot` unless it swaps it in.
 */
export async function openBackup(
  path: string,
  name: string,
  secret: BackupSecret,
  workDir: string,
): Promise<OpenedBackup> {
  let header
  try {
    header = readXlbakHeader(path)
  } catch (e) {
    if (e instanceof XlbakDamaged) throw damaged(name)
    throw e
  }
  const { manifest } = header
  if (manifest.schemaVersion > SCHEMA_VERSION)
    throw new AppError('BAD_INPUT', backupsText.newerSchema(manifest.schemaVersion))
  let keys: KeySlotsFile | null = null
  let key: Buffer | null = null
  if (header.keys) {
    try {
      keys = parseKeySlots(JSON.stringify(header.keys))
    } catch {
      throw damaged(name)
    }
    key = await keyFor(keys, secret)
    if (!key) throw new AppError('BAD_CREDENTIALS', backupsText.wrongPassword)
    try {
      checkSeal(keys, key)
    } catch {
      throw damaged(name)
    }
    if (manifestMac(manifest, key) !== header.mac)
      throw new AppError('BAD_INPUT', backupsText.manifestForged)
  }
  const snapshot = join(workDir, `.restore-${randomBytes(6).toString('hex')}.db`)
  try {
    try {
      checkXlbakBody(path, snapshot)
    } catch (e) {
      if (e instanceof XlbakDamaged) throw damaged(name)
      throw e
    }
    if (checkedWhenMade(manifest)) return { manifest, keys, key, snapshot }
    const copy = openSqlite(snapshot, key, { fileMustExist: true })
    try {
      const verdict = checkCopy(copy)
      if (verdict !== 'ok') throw new AppError('BAD_INPUT', backupsText.integrity(verdict))
      const facts = databaseFacts(copy)
      if (JSON.stringify(facts.counts) !== JSON.stringify(manifest.counts)) throw damaged(name)
    } catch (e) {
      if (e instanceof AppError) throw e
      throw damaged(name)
    } finally {
      copy.close()
    }
    return { manifest, keys, key, snapshot }
  } catch (e) {
    rmSync(snapshot, { force: true })
    throw e
  }
}
