import type { Kysely } from 'kysely'
import type { Database, OrganizationsTable } from '../schema'
import { recordChange } from './changeLog'

export type OrganizationRow = OrganizationsTable

/** Every live organization, in no particular order (the service builds the tree). */
export async function listOrganizationRows(db: Kysely<Database>): Promise<OrganizationRow[]> {
  return db.selectFrom('organizations').selectAll().where('deleted_at', 'is', null).execute()
}

/** Names of the live organizations among `ids`: a page names its few, not all of them. */
export async function organizationNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .where('deleted_at', 'is', null)
    .execute()
  return new Map(rows.map((o) => [o.id, o.name]))
}

export async function findOrganizationRow(
  db: Kysely<Database>,
  id: string,
): Promise<OrganizationRow | undefined> {
  return db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

/** A live sibling with this name under the same parent, owned by the same unit. */
export async function findSiblingByName(
  db: Kysely<Database>,
  siteId: string,
  parentId: string | null,
  name: string,
) {
  let q = db
    .selectFrom('organizations')
    .select('id')
    .where('site_id', '=', siteId)
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId)
  return q.executeTakeFirst()
}

export async function insertOrganization(db: Kysely<Database>, row: OrganizationRow) {
  await db.insertInto('organizations').values(row).execute()
  await recordChange(db, {
    table_name: 'organizations',
    row_id: row.id,
    op: 'insert',
    hlc: row.created_at,
    site_id: row.site_id,
  })
}

export async function updateOrganization(
  db: Kysely<Database>,
  row: Pick<OrganizationRow, 'id' | 'site_id'>,
  changes: Partial<OrganizationRow>,
  stamp: string,
) {
  await db
    .updateTable('organizations')
    .set({ ...changes, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'organizations',
    row_id: row.id,
    op: 'update',
    hlc: stamp,
    site_id: row.site_id,
  })
}

export async function softDeleteOrganization(
  db: Kysely<Database>,
  row: Pick<OrganizationRow, 'id' | 'site_id'>,
  stamp: string,
) {
  await db
    .updateTable('organizations')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'organizations',
    row_id: row.id,
    op: 'delete',
    hlc: stamp,
    site_id: row.site_id,
  })
}

export async function countLiveChildren(db: Kysely<Database>, id: string): Promise<number> {
  const r = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
