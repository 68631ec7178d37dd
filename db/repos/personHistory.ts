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
