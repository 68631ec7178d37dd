import { sql, type Kysely } from 'kysely'

/**
 * A dictionary code is unique within the unit that made it, not across the database: two
 * counties that each invent 乡镇 001 both arrive at the city, each naming its own county's rows.
 * Which entries a record's code means is decided by the record's owner (db/repos/dictionaryScope.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dictionaries_code`.execute(db)
  await sql`
    CREATE UNIQUE INDEX dictionaries_code
    ON dictionaries (site_id, kind, code) WHERE deleted_at IS NULL`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
