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

/** The imports that created a person (one, unless a rollback and a second import), oldest first. */
export async function importsCreatingPerson(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('import_batch_persons as p')
    .innerJoin('import_batches as b', 'b.id', 'p.batch_id')
    .select(['b.id as batchId', 'b.at', 'b.username', 'b.file_name as fileName', 'b.status'])
    .where('p.person_id', '=', personId)
    .where('p.op', '=', 'create')
    .orderBy('b.at')
    .execute()
}
