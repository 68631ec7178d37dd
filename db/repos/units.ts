import type { Insertable, Kysely } from 'kysely'
import type { UnitInfo } from '../../shared/contract/system'
import type { Database, UnitsTable } from '../schema'

const columns = ['id', 'code', 'name', 'level'] as const

export async function selfUnit(db: Kysely<Database>): Promise<UnitInfo | null> {
  const row = await db
    .selectFrom('units')
    .select(columns)
    .where('is_self', '=', 1)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return row ?? null
}

/** The site ids of units given by 行政区划代码 (a unit's rows carry its id as site_id). */
export async function siteIdsOfCodes(db: Kysely<Database>, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set()
  const rows = await db.selectFrom('units').select('id').where('code', 'in', codes).execute()
  return new Set(rows.map((r) => r.id))
}

export async function insertUnit(db: Kysely<Database>, row: Insertable<UnitsTable>): Promise<void> {
  await db.insertInto('units').values(row).execute()
}

export async function renameUnit(
  db: Kysely<Database>,
  id: string,
  name: string,
  updatedAt: string,
): Promise<void> {
  await db.updateTable('units').set({ name, updated_at: updatedAt }).where('id', '=', id).execute()
}
