import { sql, type Kysely } from 'kysely'

/**
 * A person's page shows the import that created them (变更记录): creates are recorded per
 * batch, not in the audit log one by one, and are found by the person's id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX import_batch_persons_person ON import_batch_persons (person_id)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
