import { sql, type Kysely } from 'kysely'

/**
 * 建言献策 narrowed to a unit at a city or province: counted and paged from the unit's own
 * rows, newest first, instead of reading every suggestion the province holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX suggestions_by_site ON suggestions (site_id, submitted_on DESC, id DESC)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
