import type BetterSqlite3 from 'better-sqlite3'
import { statSync } from 'node:fs'
import { errorText } from '../../../shared/i18n/errors'
import { AppError } from '../../core/appError'
import { openSqlite } from '../../../db/atRest/cipher'
import type { SignedCheckpoint } from '../../../shared/audit/checkpoint'
import { writeFileSafely, type SafeWriteOptions } from '../files/safeWrite'
import { embedCheckpoint } from './backupCheckpoint'

export interface BackupOutcome {
  path: string
  bytes: number
}

/**
 * Online backup: copy with VACUUM INTO to a temporary name (SQLite3MultipleCiphers writes
 * the copy under the same key; its backup API refuses an encrypted source), run integrity_check on
 * the copy, and only then give it its final name — a full disk or a bad copy never leaves
 * a file that looks like a good backup. `target` says whether the folder may be made (the
 * app's own backups folder) — never an existing file, never through a link. The audit
 * checkpoint taken for this backup travels inside it.
 */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  /** The live database's key (null: a plain database from before encryption). */
  key: Buffer | null,
  outPath: string,
  target: SafeWriteOptions = { extension: '.db' },
  checkpoint: SignedCheckpoint | null = null,
): Promise<BackupOutcome> {
  // A connection of its own: the app's connection may be inside a write transaction
  // (audited procedures begin IMMEDIATE), where VACUUM cannot run. This one reads the last
  // committed state in one read transaction.
  const source = openSqlite(sqlite.name, key, { fileMustExist: true })
  try {
    await writeFileSafely(outPath, { ...target, extension: '.db' }, (tmp) => {
      source.prepare('VACUUM INTO ?').run(tmp)
      const copy = openSqlite(tmp, key)
      try {
        // The copy inherits WAL mode; a backup should be one self-contained file.
        copy.pragma('journal_mode = DELETE')
        if (checkpoint) embedCheckpoint(copy, checkpoint)
        const rows = copy.pragma('integrity_check') as { integrity_check: string }[]
        const verdict = rows.map((r) => r.integrity_check).join('; ')
        if (verdict !== 'ok') throw new AppError('IO_ERROR', errorText.backupIntegrity(verdict))
      } finally {
        copy.close()
      }
    })
    return { path: outPath, bytes: statSync(outPath).size }
  } catch (e) {
    if (e instanceof AppError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOSPC' || /SQLITE_FULL|disk is full/i.test(String(e))) {
      throw new AppError('IO_ERROR', errorText.diskFull)
    }
    throw new AppError('IO_ERROR', errorText.backupFailed(String((e as Error).message ?? e)))
  } finally {
    source.close()
  }
}

/** `xinlian-20261126-081500.db`, local time, so staff recognise the day they made it. */
export function backupFileName(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `xinlian-${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}.db`
}
