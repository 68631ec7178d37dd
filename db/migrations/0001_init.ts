import { sql, type Kysely } from 'kysely'

/** Foundation: units, users, audit log (append-only), change log, settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE units (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      code TEXT NOT NULL CHECK (length(code) = 6),
      name TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
      is_self INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX units_one_self ON units (is_self) WHERE is_self = 1`.execute(db)
  await sql`CREATE UNIQUE INDEX units_code ON units (code) WHERE deleted_at IS NULL`.execute(db)

  await sql`
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL COLLATE NOCASE UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'viewer')),
      password_hash TEXT NOT NULL,
      must_change_password INTEGER NOT NULL DEFAULT 0,
      disabled INTEGER NOT NULL DEFAULT 0,
      failed_attempts INTEGER NOT NULL DEFAULT 0,
      last_failed_at TEXT,
      locked_at TEXT,
      last_login_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)

  await sql`
    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      user_id TEXT,
      username TEXT,
      action TEXT NOT NULL,
      object_type TEXT,
      object_id TEXT,
      result TEXT NOT NULL CHECK (result IN ('ok', 'denied', 'failed')),
      detail TEXT,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX audit_log_at ON audit_log (at)`.execute(db)
  await sql`CREATE INDEX audit_log_action ON audit_log (action)`.execute(db)
  // Append-only: the log is evidence, so the database itself refuses to rewrite it.
  await sql`
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db)
  await sql`
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db)

  await sql`
    CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      hlc TEXT NOT NULL,
      site_id TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX change_log_row ON change_log (table_name, row_id)`.execute(db)

  await sql`
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
