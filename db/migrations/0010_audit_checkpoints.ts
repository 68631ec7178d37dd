import { sql, type Kysely } from 'kysely'

/**
 * Signed checkpoints of the audit chain (issue 15 §2): one row each time a package is
 * exported, a backup is made, or the app first starts on a new day. `body` is the exact
 * signed text; the other columns repeat what it says so that verify and the page can query
 * them. `n` orders them as taken, even when two share a chain head.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE audit_checkpoints (
      n INTEGER PRIMARY KEY AUTOINCREMENT,
      reason TEXT NOT NULL CHECK (reason IN ('package', 'backup', 'daily', 'export')),
      local_day TEXT NOT NULL,
      seq INTEGER NOT NULL,
      hash TEXT NOT NULL,
      at TEXT NOT NULL,
      unit_code TEXT NOT NULL,
      key_fingerprint TEXT NOT NULL,
      body TEXT NOT NULL,
      signature TEXT NOT NULL
    ) STRICT`.execute(db)
  // Several processes start at once on a new morning: one daily checkpoint, whoever wins.
  await sql`
    CREATE UNIQUE INDEX audit_checkpoints_one_daily ON audit_checkpoints (local_day)
    WHERE reason = 'daily'`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
