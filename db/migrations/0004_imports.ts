import { sql, type Kysely } from 'kysely'

/**
 * Import batches (what a roster import created and changed, so that an admin can undo it as
 * a whole) and the remembered column mapping (an office's own header spellings). Local only:
 * neither travels upward; the persons they touched travel through change_log as usual.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE import_batches (
      id TEXT PRIMARY KEY,
      -- ISO instant of the import.
      at TEXT NOT NULL,
      user_id TEXT,
      username TEXT,
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      file_bytes INTEGER NOT NULL,
      -- JSON array of the sheet names read.
      sheets TEXT NOT NULL,
      created_count INTEGER NOT NULL,
      updated_count INTEGER NOT NULL,
      unchanged_count INTEGER NOT NULL,
      duplicate_count INTEGER NOT NULL,
      rejected_count INTEGER NOT NULL,
      warning_count INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('applied', 'rolledBack')),
      rolled_back_at TEXT,
      rolled_back_by TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX import_batches_at ON import_batches (at)`.execute(db)
  await sql`CREATE INDEX import_batches_sha ON import_batches (file_sha256)`.execute(db)

  await sql`
    CREATE TABLE import_batch_persons (
      batch_id TEXT NOT NULL REFERENCES import_batches (id),
      person_rid INTEGER NOT NULL,
      person_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('create', 'update')),
      -- Updates: the whole record before the import (JSON), restored by a rollback.
      before_json TEXT,
      -- The HLC stamp the import wrote: a later edit of the person changes it.
      stamp TEXT NOT NULL,
      PRIMARY KEY (batch_id, person_rid)
    ) STRICT, WITHOUT ROWID`.execute(db)

  // normalizeHeader(header) → the field chosen by hand; NULL: this column is never imported.
  await sql`
    CREATE TABLE import_header_memory (
      header TEXT PRIMARY KEY,
      field TEXT,
      updated_at TEXT NOT NULL
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
