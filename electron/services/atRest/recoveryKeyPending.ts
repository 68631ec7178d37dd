import type BetterSqlite3 from 'better-sqlite3'

/**
 * Set when a plain database was moved to an encrypted one at sign-in: the move made a
 * recovery slot, but its key was never shown to anyone, so it reaches nothing. The next
 * administrator to sign in gets a new key shown (and confirmed) before the main window;
 * whoever moved it may not have been an administrator, or the window may have closed.
 */
const PENDING_KEY = 'recovery_key_pending'

export function markRecoveryKeyPending(sqlite: BetterSqlite3.Database): void {
  sqlite.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(PENDING_KEY, '1')
}

export function recoveryKeyPending(sqlite: BetterSqlite3.Database): boolean {
  return sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(PENDING_KEY) !== undefined
}

export function clearRecoveryKeyPending(sqlite: BetterSqlite3.Database): void {
  sqlite.prepare('DELETE FROM settings WHERE key = ?').run(PENDING_KEY)
}
