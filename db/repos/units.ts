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

/**
 * Site ids of the units picked by code (@codes, a JSON array): each unit, and the units whose
 * rows it relays (at the province, a city's counties).
 */
export const unitScopeSql = (codes: string) =>
  `SELECT id FROM units WHERE code IN (SELECT value FROM json_each(${codes}))
  OR via_unit_id IN (SELECT id FROM units WHERE code IN (SELECT value FROM json_each(${codes})))`

export const UNIT_SCOPE_SQL = unitScopeSql('@codes')
