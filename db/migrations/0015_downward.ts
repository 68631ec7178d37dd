import { sql, type Kysely } from 'kysely'

/**
 * 下发: reporting tasks (set here by an upper unit, or received from ours) and the downward
 * packages sent and applied. Neither travels upward: a task comes down in a downward
 * package, and the package bookkeeping is this installation's own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE reporting_tasks (
      id TEXT PRIMARY KEY,
      issuer_code TEXT NOT NULL,
      issuer_name TEXT NOT NULL,
      period TEXT NOT NULL,
      deadline TEXT NOT NULL CHECK (deadline GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      includes TEXT NOT NULL,
      note TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT`.execute(db)
  await sql`
    CREATE UNIQUE INDEX reporting_tasks_period
    ON reporting_tasks (issuer_code, period) WHERE deleted_at IS NULL`.execute(db)
  await sql`
    CREATE TABLE downward_packages (
      id TEXT PRIMARY KEY,
      direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
      other_code TEXT NOT NULL,
      other_name TEXT NOT NULL,
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
      file_bytes INTEGER NOT NULL,
      min_app_version TEXT,
      counts TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      applied_at TEXT,
      applied_by TEXT
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
