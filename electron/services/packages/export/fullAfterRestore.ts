import type BetterSqlite3 from 'better-sqlite3'

/**
 * After a restore the change log is the backup's: an incremental package would start from
 * a sequence the upper unit has already seen (a fork) or skip what it has not (a gap). The
 * next package is full (UPWARD.md "Export" 1); this marker says so until one is sent.
 */
const KEY = 'packages_full_after_restore'

export function requireFullPackage(sqlite: BetterSqlite3.Database, restoredAt: string): void {
  sqlite
    .prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
    .run(KEY, restoredAt)
}

export function fullPackageRequired(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(KEY) !== undefined
}

export function fullPackageSent(sqlite: BetterSqlite3.Database): void {
  sqlite.prepare('DELETE FROM settings WHERE key = ?').run(KEY)
}
