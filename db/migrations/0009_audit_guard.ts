import { sql, type Kysely } from 'kysely'

/**
 * The append-only triggers of 0001 miss one way to rewrite a row: `INSERT OR REPLACE` with
 * an existing seq deletes the old row without firing its DELETE trigger. Every new row must
 * come after the last one, so any insert naming a seq at or below the current maximum —
 * which is what a REPLACE of an existing row has to do — is refused. The highest seq ever
 * given (sqlite_sequence) counts too, so a removed tail cannot be filled in again.
 *
 * In a BEFORE INSERT trigger an automatically assigned seq reads as -1, so that value is let
 * through there, and the AFTER trigger refuses a seq below 1 that was actually stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TRIGGER audit_log_append_only_seq BEFORE INSERT ON audit_log
    WHEN NEW.seq <> -1 AND NEW.seq <= max(
      (SELECT coalesce(max(seq), 0) FROM audit_log),
      (SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'audit_log'))
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: seq must be above the last row'); END`.execute(
    db,
  )
  await sql`
    CREATE TRIGGER audit_log_positive_seq AFTER INSERT ON audit_log
    WHEN NEW.seq < 1
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: seq must be above the last row'); END`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
