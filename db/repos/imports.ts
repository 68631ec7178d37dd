import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database, ImportBatchesTable, ImportBatchPersonsTable } from '../schema'

/** Import batches, the persons each touched, and the remembered header mapping. */

export type ImportBatchRow = ImportBatchesTable
export type ImportBatchPersonRow = ImportBatchPersonsTable

/** A roster's batch unless `kind` says otherwise; the persons it creates are recorded after. */
export async function insertImportBatch(
  db: Kysely<Database>,
  row: Omit<ImportBatchRow, 'kind' | 'created_rid_from' | 'created_rid_to'> & {
    kind?: ImportBatchRow['kind']
  },
): Promise<void> {
  await db
    .insertInto('import_batches')
    .values({ ...row, kind: row.kind ?? 'persons' })
    .execute()
}

export async function findImportBatch(db: Kysely<Database>, id: string) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listImportBatches(db: Kysely<Database>, page: number, pageSize: number) {
  const total = await db
    .selectFrom('import_batches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await db
    .selectFrom('import_batches')
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute()
  return { total: Number(total.n), rows }
}

/** Earlier batches of the same file (as a roster, or as a ledger) that are still in effect. */
export async function appliedBatchesOfFile(
  db: Kysely<Database>,
  sha256: string,
  kind: ImportBatchRow['kind'] = 'persons',
) {
  return db
    .selectFrom('import_batches')
    .select(['id', 'at', 'username'])
    .where('file_sha256', '=', sha256)
    .where('kind', '=', kind)
    .where('status', '=', 'applied')
    .orderBy('at', 'desc')
    .execute()
}

export async function markBatchRolledBack(
  db: Kysely<Database>,
  id: string,
  at: string,
  by: string,
): Promise<void> {
  await db
    .updateTable('import_batches')
    .set({ status: 'rolledBack', rolled_back_at: at, rolled_back_by: by })
    .where('id', '=', id)
    .execute()
}

/** A statement compiled once for the thousands of rows one import records. */
export function batchPersonWriter(sqlite: BetterSqlite3.Database) {
  const insert = sqlite.prepare(
    `INSERT INTO import_batch_persons (batch_id, person_rid, person_id, op, before_json, stamp)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  return (row: ImportBatchPersonRow) =>
    insert.run(row.batch_id, row.person_rid, row.person_id, row.op, row.before_json, row.stamp)
}

/**
 * Records every person inserted after `rid` as created by the batch: the run of rids up to
 * the last. Those rows stay where they are for good — a purge leaves a tombstone, and only
 * demo persons are ever deleted — so the run names the same persons later on.
 */
export function recordCreatesAfter(
  sqlite: BetterSqlite3.Database,
  batchId: string,
  rid: number,
): void {
  sqlite
    .prepare(
      // The last rid sought from the end: max(rid) with a WHERE walked every created row
      // (1M persons: ~1.4 s, every page read back from the WAL).
      `UPDATE import_batches SET created_rid_from = ? + 1, created_rid_to = last
         FROM (SELECT rid AS last FROM persons WHERE rid > ? ORDER BY rid DESC LIMIT 1)
       WHERE id = ?`,
    )
    .run(rid, rid, batchId)
}

/**
 * What the batch created and updated, by rid: the creates from its run of rids (or, for a
 * batch recorded before migration 0025, its rows), stamped with the person's creation — a
 * later edit moves updated_at away from it.
 */
export function batchPersons(
  sqlite: BetterSqlite3.Database,
  batchId: string,
): ImportBatchPersonRow[] {
  return sqlite
    .prepare(
      `SELECT batch_id, person_rid, person_id, op, before_json, stamp
         FROM import_batch_persons WHERE batch_id = :batch
       UNION ALL
       SELECT b.id, p.rid, p.id, 'create', NULL, p.created_at
         FROM import_batches b JOIN persons p ON p.rid BETWEEN b.created_rid_from AND b.created_rid_to
        WHERE b.id = :batch
       ORDER BY person_rid`,
    )
    .all({ batch: batchId }) as ImportBatchPersonRow[]
}

export async function readHeaderMemory(db: Kysely<Database>) {
  return db.selectFrom('import_header_memory').select(['header', 'field']).execute()
}

export async function saveHeaderMemory(
  db: Kysely<Database>,
  entries: { header: string; field: string | null }[],
  at: string,
): Promise<void> {
  for (const e of entries) {
    await db
      .insertInto('import_header_memory')
      .values({ header: e.header, field: e.field, updated_at: at })
      .onConflict((oc) => oc.column('header').doUpdateSet({ field: e.field, updated_at: at }))
      .execute()
  }
}
