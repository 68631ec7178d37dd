import { sql, type Kysely } from 'kysely'

/**
 * Three indexes that cost pages on every write and a scan and sort at the end of every bulk
 * import, and that no query needs (EXPLAIN QUERY PLAN of every query on these tables,
 * scripts/bench/README.md "Scale (issue 18)"):
 * - person_categories_code, person_tags_tag: every query reads a person's categories and
 *   tags by person_rid (the primary key); the list index's read of every category scans
 *   either way. Filtering by category happens in the in-memory list index.
 * - change_log_row (table_name, row_id): nothing looks a row's history up here; the two
 *   queries that took it (an incremental package's rows, the bad-ID-number recheck) were
 *   worse off, walking every persons entry ever logged instead of the seq range asked for.
 * Dropping is cheap: no table is rewritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS person_categories_code`.execute(db)
  await sql`DROP INDEX IF EXISTS person_tags_tag`.execute(db)
  await sql`DROP INDEX IF EXISTS change_log_row`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
