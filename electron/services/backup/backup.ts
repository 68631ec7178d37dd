import BetterSqlite3 from 'better-sqlite3'
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'

export interface BackupOutcome {
  path: string
  bytes: number
}

/**
 * Online backup: copy with SQLite's backup API to a temporary name, run integrity_check on
 * the copy, and only then give it its final name — a full disk or a bad copy never leaves
 * a file that looks like a good backup.
 */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  outPath: string,
): Promise<BackupOutcome> {
  const tmp = join(dirname(outPath), `.${randomBytes(6).toString('hex')}.partial`)
  try {
    mkdirSync(dirname(outPath), { recursive: true })
    await sqlite.backup(tmp)
    const copy = new BetterSqlite3(tmp)
    try {
      // The copy inherits WAL mode; a backup should be one self-contained file.
      copy.pragma('journal_mode = DELETE')
      const rows = copy.pragma('integrity_check') as { integrity_check: string }[]
      const verdict = rows.map((r) => r.integrity_check).join('; ')
      if (verdict !== 'ok') throw new AppError('IO_ERROR', errorText.backupIntegrity(verdict))
    } finally {
      copy.close()
    }
    renameSync(tmp, outPath)
    return { path: outPath, bytes: statSync(outPath).size }
  } catch (e) {
    removeQuietly(tmp)
    if (e instanceof AppError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOSPC' || /SQLITE_FULL|disk is full/i.test(String(e))) {
      throw new AppError('IO_ERROR', errorText.diskFull)
    }
    throw new AppError('IO_ERROR', errorText.backupFailed(String((e as Error).message ?? e)))
  }
}

/** `xinlian-20261126-081500.db`, local time, so staff recognise the day they made it. */
export function backupFileName(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `xinlian-${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}.db`
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // Nothing was created there, or the folder itself is unusable: nothing to clean.
  }
}
