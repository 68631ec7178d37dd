import { sql, type Kysely } from 'kysely'

/**
 * Import batches of 建言献策台账 beside those of rosters: the 工作台's recent imports and the
 * import history list both, and a roster's rollback must not touch a ledger's batch. Existing
 * batches are roster imports.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE import_batches ADD COLUMN kind TEXT NOT NULL DEFAULT 'persons'
      CHECK (kind IN ('persons', 'suggestions'))`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
