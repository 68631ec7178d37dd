import type { Kysely } from 'kysely'
import type { Database } from '../schema'

/** Audit rows about one person, oldest first. */
export async function auditRowsOfPerson(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'username', 'action', 'result', 'detail'])
    .where('object_type', '=', 'person')
    .where('object_id', '=', personId)
    .orderBy('seq')
    .execute()
}

/**
 * The imports that created a person (one, unless a rollback and a second import), oldest
 * first: by the batch's run of rids, or by its rows for batches recorded before 0025.
 */
export async function importsCreatingPerson(db: Kysely<Database>, personId: string) {
  const columns = [
    'b.id as batchId',
    'b.at',
    'b.username',
    'b.file_name as fileName',
    'b.status',
  ] as const
  return db
    .selectFrom('import_batch_persons as p')
    .innerJoin('import_batches as b', 'b.id', 'p.batch_id')
    .select(columns)
    .where('p.person_id', '=', personId)
    .where('p.op', '=', 'create')
    .unionAll(
      db
        .selectFrom('persons as p')
        .innerJoin('import_batches as b', (join) =>
          join.onRef('p.rid', '>=', 'b.created_rid_from').onRef('p.rid', '<=', 'b.created_rid_to'),
        )
        .select(columns)
        .where('p.id', '=', personId),
    )
    .orderBy('at')
    .execute()
}
