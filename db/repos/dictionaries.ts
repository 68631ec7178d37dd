import type { Kysely } from 'kysely'
import type { Database, DictionariesTable } from '../schema'
import { recordChange } from './changeLog'
import { inForce } from './dictionaryScope'

export type DictionaryRow = DictionariesTable

/** Entries of local dictionaries in force here (not deleted), in display order. */
export async function listDictionaryRows(
  db: Kysely<Database>,
  kind?: string,
): Promise<DictionaryRow[]> {
  let q = db.selectFrom('dictionaries').selectAll().where('deleted_at', 'is', null).where(inForce)
  if (kind) q = q.where('kind', '=', kind)
  return q.orderBy('kind').orderBy('sort').orderBy('code').execute()
}

export async function findDictionaryRow(db: Kysely<Database>, kind: string, code: string) {
  return db
    .selectFrom('dictionaries')
    .selectAll()
    .where('kind', '=', kind)
    .where('code', '=', code)
    .where('deleted_at', 'is', null)
    .where(inForce)
    .executeTakeFirst()
}

/** Looks an entry up by code or, failing that, by exact name (imports and the CLI give names). */
export async function resolveDictionaryCode(db: Kysely<Database>, kind: string, text: string) {
  const byCode = await findDictionaryRow(db, kind, text)
  if (byCode) return byCode
  return db
    .selectFrom('dictionaries')
    .selectAll()
    .where('kind', '=', kind)
    .where('name', '=', text)
    .where('deleted_at', 'is', null)
    .where(inForce)
    .orderBy('disabled')
    .executeTakeFirst()
}

export async function insertDictionaryRow(db: Kysely<Database>, row: DictionaryRow): Promise<void> {
  await db.insertInto('dictionaries').values(row).execute()
  await recordChange(db, {
    table_name: 'dictionaries',
    row_id: row.id,
    op: 'insert',
    hlc: row.created_at,
    site_id: row.site_id,
  })
}

export async function updateDictionaryRow(
  db: Kysely<Database>,
  row: Pick<DictionaryRow, 'id' | 'site_id'>,
  changes: Partial<Pick<DictionaryRow, 'name' | 'parent_code' | 'sort' | 'disabled'>>,
  stamp: string,
): Promise<void> {
  await db
    .updateTable('dictionaries')
    .set({ ...changes, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'dictionaries',
    row_id: row.id,
    op: 'update',
    hlc: stamp,
    site_id: row.site_id,
  })
}

export async function softDeleteDictionaryRow(
  db: Kysely<Database>,
  row: Pick<DictionaryRow, 'id' | 'site_id'>,
  stamp: string,
): Promise<void> {
  await db
    .updateTable('dictionaries')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'dictionaries',
    row_id: row.id,
    op: 'delete',
    hlc: stamp,
    site_id: row.site_id,
  })
}

/** The next free numeric code of a kind, zero-padded to three digits: 001, 002… */
export async function nextDictionaryCode(db: Kysely<Database>, kind: string): Promise<string> {
  const rows = await db
    .selectFrom('dictionaries')
    .select('code')
    .where('kind', '=', kind)
    .where(inForce)
    .execute()
  const max = rows.reduce((m, r) => (/^\d+$/.test(r.code) ? Math.max(m, Number(r.code)) : m), 0)
  return String(max + 1).padStart(3, '0')
}

/** How many persons (live or in the recycle bin) of the units it is in force for point at an entry. */
export async function dictionaryUsage(
  db: Kysely<Database>,
  kind: string,
  code: string,
): Promise<number> {
  const column = kind === 'township' ? 'township' : kind === 'community' ? 'community' : null
  if (!column) return 0
  const row = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column, '=', code)
    .where('purged_at', 'is', null)
    .where('site_id', 'not in', (eb) =>
      eb.selectFrom('units').select('id').where('relation', '=', 'lower'),
    )
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
