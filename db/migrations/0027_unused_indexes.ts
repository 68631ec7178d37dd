import { sql, type Kysely } from 'kysely'

/**
 * Two indexes that cost pages on every write and a scan and sort at the end of every bulk
 * import into an empty register, and that no query needs (EXPLAIN QUERY PLAN of every query
 * on these tables, scripts/bench/README.md "Scale (issue 18)", round 3): every read of a
 * person's categories and tags is by person_rid (the primary key), and the list index's
 * read of every category scans either way; filtering by category happens in the list index.
 *
 * change_log_row is not dropped here, though no query needs it either: at a province it is
 * most of the ~16,000 pages the three held, and freeing them made the first open after the
 * update take 1.3–2.4 s (budget: 1 s). These two: 365 ms.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS person_categories_code`.execute(db)
  await sql`DROP INDEX IF EXISTS person_tags_tag`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
