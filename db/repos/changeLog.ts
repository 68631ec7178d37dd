import type { Kysely } from 'kysely'
import type { ChangeLogTable, Database } from '../schema'

/** Appends to the change log; call inside the transaction of the write it records. */
export async function recordChange(
  db: Kysely<Database>,
  change: Omit<ChangeLogTable, 'seq'>,
): Promise<void> {
  await db.insertInto('change_log').values(change).execute()
}

export async function lastHlc(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('change_log')
    .select('hlc')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.hlc ?? null
}
