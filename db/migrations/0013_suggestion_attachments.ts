import { sql, type Kysely } from 'kysely'

/**
 * Scans and files of a suggestion (the submitted text, the adopting body's notice, a leader's
 * 批示 page). Shaped like activity_attachments: the bytes live once per content in the data
 * directory's attachment store, shared with activities, and do not travel upward.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE suggestion_attachments (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      suggestion_id TEXT NOT NULL REFERENCES suggestions (id),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size > 0),
      mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
      file_name TEXT NOT NULL,
      caption TEXT
    ) STRICT`.execute(db)
  await sql`
    CREATE UNIQUE INDEX suggestion_attachments_file
    ON suggestion_attachments (suggestion_id, sha256) WHERE deleted_at IS NULL`.execute(db)
  await sql`CREATE INDEX suggestion_attachments_hash ON suggestion_attachments (sha256)`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
