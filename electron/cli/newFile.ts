import { randomBytes } from 'node:crypto'
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { cli } from '../../shared/i18n/cli'
import { CliError, EXIT } from './errors'

/**
 * Writes a file the user named: never over an existing one, under a temporary name first,
 * read back and compared, then renamed — a half-copied package never carries the final name.
 */
export function writeNewFile(target: string, bytes: Buffer): void {
  if (existsSync(target)) throw new CliError(cli.errors.outExists(target), EXIT.failed, 'CONFLICT')
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.partial`)
  try {
    writeFileSync(temp, bytes)
    if (!readFileSync(temp).equals(bytes)) throw new Error('read-back differs')
    renameSync(temp, target)
  } catch (e) {
    rmSync(temp, { force: true })
    void e
    throw new CliError(cli.errors.writeFailed(target), EXIT.failed, 'IO_ERROR')
  }
}

export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch {
    throw new CliError(cli.errors.cannotRead(path), EXIT.failed, 'IO_ERROR')
  }
}

/**
 * The same refusal as readInputFile for a file that cannot be read, without reading it: a
 * province's backup is a gigabyte, and the command that takes it reads it in its own way.
 */
export function checkInputFile(path: string): void {
  let fd: number | null = null
  try {
    fd = openSync(path, 'r')
    if (!fstatSync(fd).isFile()) throw new Error('not a file')
  } catch {
    throw new CliError(cli.errors.cannotRead(path), EXIT.failed, 'IO_ERROR')
  } finally {
    if (fd !== null) closeSync(fd)
  }
}
