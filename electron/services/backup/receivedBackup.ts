import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupReceipt } from '../../../shared/contract/backups'
import { backupsText } from '../../../shared/i18n/backups'
import { AppError } from '../../core/appError'
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../../db/privateFiles'
import { writeFailure } from '../files/safeWrite'
import { sizeOf } from '../workers/stageMeter'
import { freeSpace, type FreeSpaceProbe } from './freeSpace'
import { readXlbakHeader, startsAsXlbak, XLBAK_EXTENSION, XlbakDamaged } from './xlbakFile'

/** The name a file has while its pieces arrive. */
const PARTIAL = '.part'

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

/** One piece of a chosen file, as `backups.receive` brings it. */
export interface ReceivedPiece {
  fileName: string
  size: number
  offset: number
  /** base64, the way every chosen file reaches the core. */
  data: string
}

/** Room kept free beyond the file itself: the restore's own files go beside it. */
const SPARE_BYTES = 64 * 1024 * 1024

/**
 * Takes a chosen file piece by piece into the received folder under a temporary name; the
 * last piece gives it its name and its header is read. A file that is not a backup (its
 * first bytes say so), or a damaged one, is refused and not kept; a piece that does not
 * follow the last (an earlier choice broken off) is refused too. The whole check (key,
 * checksum, integrity) follows as for any backup.
 */
export function receiveBackupPiece(
  dataDir: string,
  piece: ReceivedPiece,
  free: FreeSpaceProbe = freeSpace,
): BackupReceipt {
  const name = storedName(piece.fileName)
  if (!name) throw new AppError('BAD_INPUT', backupsText.notABackup(basename(piece.fileName)))
  const dir = receivedDir(dataDir)
  const partial = join(dir, `${name}${PARTIAL}`)
  const bytes = Buffer.from(piece.data, 'base64')
  if (piece.offset === 0) {
    forgetReceived(dataDir)
    if (!startsAsXlbak(bytes)) throw new AppError('BAD_INPUT', backupsText.notABackup(name))
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
    const room = free(dir)
    if (room < piece.size + SPARE_BYTES)
      throw new AppError('IO_ERROR', backupsText.receiveNoSpace(dir, piece.size, room))
    closeSync(openSync(partial, 'wx', PRIVATE_FILE_MODE))
  }
  if (sizeOf(partial) !== piece.offset || piece.offset + bytes.length > piece.size)
    throw new AppError('BAD_INPUT', backupsText.receiveBroken(name))
  try {
    appendPiece(partial, bytes, piece.offset + bytes.length === piece.size)
  } catch (e) {
    forgetReceived(dataDir)
    throw writeFailure(e, partial)
  }
  const received = piece.offset + bytes.length
  if (received < piece.size) return { received, entry: null }
  const path = join(dir, name)
  renameSync(partial, path)
  try {
    const { manifest } = readXlbakHeader(path)
    return { received, entry: { name, location: 'received', bytes: received, manifest } }
  } catch (e) {
    forgetReceived(dataDir)
    if (e instanceof XlbakDamaged) throw new AppError('BAD_INPUT', backupsText.notABackup(name))
    throw e
  }
}

/** A piece at the end of the file; the last one synced to disk before the file is named. */
function appendPiece(path: string, bytes: Buffer, last: boolean): void {
  const fd = openSync(path, 'a')
  try {
    writeSync(fd, bytes)
    if (last) fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** The received file, by the bare name receiveBackupPiece answered. */
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
