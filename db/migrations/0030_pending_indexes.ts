import { sql, type Kysely } from 'kysely'

/**
 * The indexes a bulk write into an empty register leaves to be built after its COMMIT
 * (db/pendingIndexes.ts). At a province the six persons indexes took ~10 s of a 31 s import
 * of a million persons: inside the import's transaction each build read every persons page
 * back from the WAL. Built afterwards on a connection of their own, in a worker, the user's
 * wait ends at the COMMIT; the rows here say what is still to build should the app stop first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE pending_indexes (
      name TEXT PRIMARY KEY,
      sql TEXT NOT NULL
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
