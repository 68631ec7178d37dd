import { existsSync, rmSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupEntry } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { writeBytesSafely } from '../files/safeWrite'
import { readXlbakHeader, XLBAK_EXTENSION, XlbakDamaged } from './xlbakFile'

/**
 * A backup a person chose from anywhere (a USB stick on a new computer) waits here, inside
 * the data directory (private, and on the same disk as the database), until it is restored
 * or another is chosen. One at a time.
 */
export function receivedDir(dataDir: string): string {
  return join(dataDir, 'received-backup')
}

/** The name a chosen file keeps: its own, with the extension the contract's names end in. */
function storedName(fileName: string): string | null {
  const name = basename(fileName.replace(/\\/g, '/'))
  if (!name.toLowerCase().endsWith(XLBAK_EXTENSION) || name.length === XLBAK_EXTENSION.length)
    return null
  return name.slice(0, -XLBAK_EXTENSION.length) + XLBAK_EXTENSION
}

/**
 * Takes a chosen file's bytes (base64, the way every chosen file reaches the core) into the
 * received folder, and reads its header: a file that is not a backup, or is damaged, is
 * refused and not kept. The whole check (key, checksum, integrity) follows as for any backup.
 */
export function receiveBackup(dataDir: string, fileName: string, base64: string): BackupEntry {
  const name = storedName(fileName)
  if (!name) throw new AppError('BAD_INPUT', backupsText.notABackup(basename(fileName)))
  const dir = receivedDir(dataDir)
  forgetReceived(dataDir)
  const path = join(dir, name)
  const bytes = Buffer.from(base64, 'base64')
  writeBytesSafely(path, bytes, { createFolder: true })
  try {
    const { manifest } = readXlbakHeader(path)
    return { name, location: 'received', bytes: bytes.length, manifest }
  } catch (e) {
    forgetReceived(dataDir)
    if (e instanceof XlbakDamaged) throw new AppError('BAD_INPUT', backupsText.notABackup(name))
    throw e
  }
}

/** The received file, by the bare name receiveBackup answered. */
export function receivedBackupPath(dataDir: string, name: string): string {
  const path = join(receivedDir(dataDir), basename(name))
  if (basename(name) !== name || !existsSync(path))
    throw new AppError('NOT_FOUND', backupsText.backupNotFound(name))
  return path
}

/** Restored, or replaced by another choice: the copy goes. */
export function forgetReceived(dataDir: string): void {
  rmSync(receivedDir(dataDir), { recursive: true, force: true })
}
