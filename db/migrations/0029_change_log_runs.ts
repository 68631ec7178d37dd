import { sql, type Kysely } from 'kysely'

/**
 * change_log as a bulk write leaves it: one entry for each run of persons a bulk write
 * created, its rids (first … last) in change_log_runs under the entry's seq, not one entry
 * per person; and no index by row.
 *
 * The runs: an import or package of 100k new persons wrote 100k entries (~120 bytes each,
 * ~16% of the pages the write committed) that say no more than "these rids were created
 * here". Readers of a seq range expand a run by rid (electron/services/persons/
 * changedPersons.ts). A table of their own, not two columns added to change_log: change_log
 * is STRICT, and SQLite checks every row of a STRICT table after ADD COLUMN (pragma
 * quick_check of the table): ~0.5 s a column at a province's million entries.
 *
 * change_log_row (table_name, row_id) serves no query: every reader walks a seq range;
 * none looks a row up by id. It cost a sort of every entry at the end of each bulk import
 * into an empty register and a B-tree insert per entry otherwise; at a province it is
 * ~13,000 pages. Migration 0027 left it because freeing those pages made the first open
 * after the update take 1.3–2.4 s. That was secure_delete, which this SQLite build has on:
 * every freed page is overwritten with zeros and so written again, encrypted, into the WAL
 * (55 MB, ~0.6 s of CPU at a province). The index holds table names and row UUIDs, no
 * personal data, and the file is encrypted, so its pages are freed without the overwrite:
 * ~15 ms at a province.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE change_log_runs (
      seq INTEGER PRIMARY KEY,
      run_first INTEGER NOT NULL,
      run_last INTEGER NOT NULL
    ) STRICT`.execute(db)
  const before = await sql<{ secure_delete: number }>`PRAGMA secure_delete`.execute(db)
  await sql`PRAGMA secure_delete = 0`.execute(db)
  try {
    await sql`DROP INDEX IF EXISTS change_log_row`.execute(db)
  } finally {
    await sql.raw(`PRAGMA secure_delete = ${before.rows[0]?.secure_delete ?? 1}`).execute(db)
  }
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
