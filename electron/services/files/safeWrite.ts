import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileText } from '../../../shared/i18n/files'
import { AppError } from '../../core/appError'
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../../db/privateFiles'

export interface SafeWriteOptions {
  /** The extension a path the user chose must end with, e.g. `.xlsx` (any case). */
  extension?: string
  /** Replace an existing regular file: only when the user confirmed it (a save dialog). */
  overwrite?: boolean
  /** Create a missing folder: only for the app's own folders in the data directory. */
  createFolder?: boolean
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/**
 * Refuses a target before any work is done: the wrong extension, a folder that is not
 * there, a link (never followed — it could point at the live database), or an existing
 * file unless overwriting was asked for. Callers may run it early to fail fast; the writer
 * runs it again.
 */
export function checkWriteTarget(target: string, opts: SafeWriteOptions = {}): void {
  if (opts.extension && !target.toLowerCase().endsWith(opts.extension.toLowerCase())) {
    throw new AppError('BAD_INPUT', fileText.wrongExtension(target, opts.extension))
  }
  const folder = dirname(target)
  const folderStat = lstatOrNull(folder)
  if (!folderStat) {
    if (!opts.createFolder) throw new AppError('NOT_FOUND', fileText.folderMissing(folder))
  } else if (!statSync(folder).isDirectory()) {
    throw new AppError('BAD_INPUT', fileText.notAFolder(folder))
  }
  const existing = lstatOrNull(target)
  if (!existing) return
  if (existing.isSymbolicLink()) throw new AppError('CONFLICT', fileText.symlink(target))
  if (!existing.isFile()) throw new AppError('CONFLICT', fileText.notAFile(target))
  if (!opts.overwrite) throw new AppError('CONFLICT', fileText.exists(target))
}

/**
 * A fresh temporary name beside the target, in a folder made if asked. Nothing is created
 * under it: writers create the file themselves, exclusively (the zip writer opens it `wx`).
 */
function tempBeside(target: string, opts: SafeWriteOptions): string {
  checkWriteTarget(target, opts)
  mkdirSync(dirname(target), { recursive: true, mode: PRIVATE_DIR_MODE })
  return join(dirname(target), `.${randomBytes(6).toString('hex')}.partial`)
}

/**
 * Gives the finished temporary file its name. Without overwrite, a hard link is the
 * no-clobber rename: it fails if the name appeared meanwhile. File systems without hard
 * links (FAT on a USB stick) get a rename after one more look.
 */
function commitTemp(temp: string, target: string, opts: SafeWriteOptions): void {
  // Before the file has its name: nobody else may read what it holds.
  chmodSync(temp, PRIVATE_FILE_MODE)
  if (opts.overwrite) {
    checkWriteTarget(target, opts)
    renameSync(temp, target)
    return
  }
  try {
    linkSync(temp, target)
    unlinkSync(temp)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new AppError('CONFLICT', fileText.exists(target))
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e
    checkWriteTarget(target, opts)
    renameSync(temp, target)
  }
}

/** A failed write as the user reads it: the refusal itself, or what the system said. */
export function writeFailure(e: unknown, target: string): AppError {
  if (e instanceof AppError) return e
  const code = (e as NodeJS.ErrnoException).code ?? ''
  return new AppError('IO_ERROR', fileText.writeFailed(target, code))
}

/**
 * The one way the app writes a file: checked target, private temporary name beside it,
 * rename into place only once complete — a full disk or a crash never leaves a half file
 * under the final name, and nothing existing is replaced unless asked. Errors that are not
 * already AppErrors are thrown as they are, for the caller to word (backup, export).
 */
export async function writeFileSafely<T>(
  target: string,
  opts: SafeWriteOptions,
  write: (tempPath: string) => Promise<T> | T,
): Promise<T> {
  const temp = tempBeside(target, opts)
  try {
    const result = await write(temp)
    commitTemp(temp, target, opts)
    return result
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}

/** Bytes to a file, synced to disk before the rename; system errors thrown as they are. */
export function writeBytesSafely(target: string, bytes: Uint8Array, opts: SafeWriteOptions): void {
  let temp: string | null = null
  try {
    temp = tempBeside(target, opts)
    const fd = openSync(temp, 'wx', PRIVATE_FILE_MODE)
    try {
      writeSync(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    commitTemp(temp, target, opts)
  } catch (e) {
    if (temp) rmSync(temp, { force: true })
    throw e
  }
}
