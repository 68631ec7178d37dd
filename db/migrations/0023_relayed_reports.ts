import { sql, type Kysely } from 'kysely'

/**
 * A county package relayed to the province keeps the county's own report (its warnings and
 * the line explaining them) and how the city first answered it, so the province's history of
 * that period reads as the city's does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE relayed_packages ADD COLUMN report TEXT`.execute(db)
  await sql`ALTER TABLE relayed_packages ADD COLUMN arrived_as TEXT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
