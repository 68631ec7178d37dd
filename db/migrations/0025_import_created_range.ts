import { sql, type Kysely } from 'kysely'

/**
 * The persons a roster import created are one run of rids — the import is one transaction
 * and nothing else writes during it — so the batch records that run instead of a row per
 * person in import_batch_persons (at a city, 100k rows and their index: an eighth of the
 * pages the import wrote). Batches recorded before keep their rows; readers take both.
 * Plain ADD COLUMNs: nothing is rewritten on open.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE import_batches ADD COLUMN created_rid_from INTEGER`.execute(db)
  await sql`ALTER TABLE import_batches ADD COLUMN created_rid_to INTEGER`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
