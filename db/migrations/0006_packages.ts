import { sql, type Kysely } from 'kysely'

/**
 * The upward exchange (UPWARD.md): which units sit above and below this one, the key cards
 * they registered, this unit's own key pairs, the packages sent and received, their receipts
 * and, per sender, how far its change log has been applied. All local: none of it travels as
 * rows; keys and receipts travel as their own signed files.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // self: this installation; upper/lower: registered by card; relayed: known only through a
  // relay (issue 13), never a direct sender.
  await sql`ALTER TABLE units ADD COLUMN relation TEXT NOT NULL DEFAULT 'relayed'
    CHECK (relation IN ('self', 'upper', 'lower', 'relayed'))`.execute(db)
  await sql`UPDATE units SET relation = 'self' WHERE is_self = 1`.execute(db)

  // This unit's key pairs. Private halves stay in the database (encrypted at rest once the
  // database is). A rotation retires the old pair but keeps it: packages already addressed
  // to it must still open.
  await sql`
    CREATE TABLE own_keys (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      sign_public TEXT NOT NULL,
      sign_private TEXT NOT NULL,
      box_public TEXT NOT NULL,
      box_private TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
      retired_at TEXT
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX own_keys_one_active ON own_keys (status) WHERE status = 'active'`.execute(
    db,
  )

  // Public keys of other units, as their cards said. A unit may hold several (rotation).
  await sql`
    CREATE TABLE unit_keys (
      id TEXT PRIMARY KEY,
      unit_id TEXT NOT NULL REFERENCES units (id),
      sign_public TEXT NOT NULL,
      box_public TEXT NOT NULL,
      fingerprint TEXT NOT NULL,
      card TEXT NOT NULL,
      registered_at TEXT NOT NULL,
      registered_by TEXT,
      verification TEXT NOT NULL CHECK (verification IN ('unverified', 'verified', 'rotated')),
      verified_at TEXT,
      verified_by TEXT,
      status TEXT NOT NULL CHECK (status IN ('active', 'superseded', 'revoked')),
      revoked_at TEXT,
      revoked_by TEXT,
      revoke_reason TEXT
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX unit_keys_fingerprint ON unit_keys (unit_id, fingerprint)`.execute(
    db,
  )

  await sql`
    CREATE TABLE packages (
      id TEXT PRIMARY KEY,
      direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
      sender_unit_id TEXT NOT NULL,
      sender_code TEXT NOT NULL,
      sender_name TEXT NOT NULL,
      receiver_code TEXT NOT NULL,
      receiver_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
      period TEXT NOT NULL,
      from_seq INTEGER NOT NULL,
      to_seq INTEGER NOT NULL,
      previous_package_id TEXT,
      schema_version INTEGER NOT NULL,
      encrypted INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      file_bytes INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      counts TEXT NOT NULL,
      report TEXT NOT NULL,
      -- generated (sent, no receipt yet), received, receivedWithWarnings, returned, refused;
      -- reviewed comes with 审核 (issue 13).
      status TEXT NOT NULL CHECK (status IN
        ('generated', 'received', 'receivedWithWarnings', 'returned', 'refused', 'reviewed')),
      status_reason TEXT,
      status_at TEXT NOT NULL,
      applied_at TEXT,
      applied_by TEXT,
      applied_counts TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX packages_sender ON packages (direction, sender_unit_id, period)`.execute(
    db,
  )

  await sql`
    CREATE TABLE receipts (
      id TEXT PRIMARY KEY,
      package_id TEXT NOT NULL,
      direction TEXT NOT NULL CHECK (direction IN ('issued', 'received')),
      status TEXT NOT NULL CHECK (status IN
        ('received', 'receivedWithWarnings', 'returned', 'refused', 'reviewed')),
      reason TEXT,
      at TEXT NOT NULL,
      by TEXT NOT NULL,
      body TEXT NOT NULL,
      file_sha256 TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX receipts_package ON receipts (package_id)`.execute(db)

  // Per sender: the end of the last change-log range applied, so a gap is seen.
  await sql`
    CREATE TABLE package_ranges (
      sender_unit_id TEXT PRIMARY KEY,
      applied_to_seq INTEGER NOT NULL,
      last_package_id TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
