import type { Kysely } from 'kysely'
import { PERSON_SCALAR_KEYS } from '../../shared/persons/fieldSpecs'
import type { PersonFields, PersonScalars } from '../../shared/persons/types'
import type { Database } from '../schema'
import { recordChange } from './changeLog'
import { deleteChildren, readChildren, writeChildren } from './personChildren'
import { rowToScalars, scalarsToRow } from './personRows'
import { indexPerson, unindexPerson } from './personSearchRows'

/**
 * Persons and everything that must change with them: child rows, the two FTS tables and
 * the change log. Every function here is one logical write; call it inside the transaction
 * of the request (audited handlers already run in one).
 */

export interface PersonRecord {
  rid: number
  id: string
  siteId: string
  /** HLC stamps. */
  createdAt: string
  updatedAt: string
  deletedAt: string | null
  isDemo: boolean
  fields: PersonFields
}

export type PersonKey = Pick<PersonRecord, 'rid' | 'id' | 'siteId'>

/** A record with its child rows; purged tombstones count as gone. */
export async function findPerson(db: Kysely<Database>, id: string): Promise<PersonRecord | null> {
  const row = await db
    .selectFrom('persons')
    .selectAll()
    .where('id', '=', id)
    .where('purged_at', 'is', null)
    .executeTakeFirst()
  if (!row) return null
  return {
    rid: row.rid,
    id: row.id,
    siteId: row.site_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    isDemo: row.is_demo === 1,
    fields: { ...rowToScalars(row), ...(await readChildren(db, row.rid)) },
  }
}

export async function insertPerson(
  db: Kysely<Database>,
  p: { id: string; siteId: string; stamp: string; isDemo?: boolean; fields: PersonFields },
): Promise<number> {
  const inserted = await db
    .insertInto('persons')
    .values({
      id: p.id,
      site_id: p.siteId,
      created_at: p.stamp,
      updated_at: p.stamp,
      deleted_at: null,
      purged_at: null,
      is_demo: p.isDemo ? 1 : 0,
      ...scalarsToRow(p.fields),
    })
    .returning('rid')
    .executeTakeFirstOrThrow()
  await writeChildren(db, inserted.rid, p.fields)
  await indexPerson(db, inserted.rid, p.fields)
  await recordChange(db, {
    table_name: 'persons',
    row_id: p.id,
    op: 'insert',
    hlc: p.stamp,
    site_id: p.siteId,
  })
  return inserted.rid
}

/** Rewrites a live person whole (the handler merged the patch into the stored record). */
export async function updatePerson(
  db: Kysely<Database>,
  key: PersonKey,
  fields: PersonFields,
  stamp: string,
) {
  await db
    .updateTable('persons')
    .set({ ...scalarsToRow(fields), updated_at: stamp })
    .where('rid', '=', key.rid)
    .execute()
  await writeChildren(db, key.rid, fields)
  await unindexPerson(db, key.rid)
  await indexPerson(db, key.rid, fields)
  await recordChange(db, {
    table_name: 'persons',
    row_id: key.id,
    op: 'update',
    hlc: stamp,
    site_id: key.siteId,
  })
}

/** Moves a person to the recycle bin: out of search and lists, still restorable. */
export async function softDeletePerson(db: Kysely<Database>, key: PersonKey, stamp: string) {
  await db
    .updateTable('persons')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('rid', '=', key.rid)
    .execute()
  await unindexPerson(db, key.rid)
  await recordChange(db, {
    table_name: 'persons',
    row_id: key.id,
    op: 'delete',
    hlc: stamp,
    site_id: key.siteId,
  })
}

export async function restorePerson(
  db: Kysely<Database>,
  key: PersonKey,
  fields: Pick<PersonScalars, 'name' | 'formerNames' | 'employer'>,
  stamp: string,
) {
  await db
    .updateTable('persons')
    .set({ deleted_at: null, updated_at: stamp })
    .where('rid', '=', key.rid)
    .execute()
  await indexPerson(db, key.rid, fields)
  await recordChange(db, {
    table_name: 'persons',
    row_id: key.id,
    op: 'update',
    hlc: stamp,
    site_id: key.siteId,
  })
}

/**
 * Permanent deletion: personal data and child rows are wiped and the row stays as a
 * tombstone (id, site, stamps), so the deletion still travels upward in packages.
 */
export async function purgePerson(db: Kysely<Database>, key: PersonKey, stamp: string) {
  const blank = Object.fromEntries(
    PERSON_SCALAR_KEYS.map((k) => [k, null]),
  ) as unknown as PersonScalars
  await deleteChildren(db, key.rid)
  await unindexPerson(db, key.rid)
  await db
    .updateTable('persons')
    .set({
      ...scalarsToRow({ ...blank, name: '', status: '1' }),
      updated_at: stamp,
      purged_at: stamp,
    })
    .where('rid', '=', key.rid)
    .execute()
  await recordChange(db, {
    table_name: 'persons',
    row_id: key.id,
    op: 'delete',
    hlc: stamp,
    site_id: key.siteId,
  })
}

export interface DuplicateRow {
  id: string
  name: string
  birth_date: string | null
  id_number: string | null
  employer: string | null
  deleted_at: string | null
  reason: 'idNumber' | 'nameBirth'
}

/**
 * Persons with the same ID number, or the same name and birth date, live or in the recycle
 * bin. The birth date matches at the precision both sides have (1985-03 finds 1985-03-12).
 */
export async function findDuplicates(
  db: Kysely<Database>,
  q: {
    idNumber: string | null
    name: string | null
    birthDate: string | null
    excludeId?: string | undefined
  },
): Promise<DuplicateRow[]> {
  const cols = ['id', 'name', 'birth_date', 'id_number', 'employer', 'deleted_at'] as const
  const out: DuplicateRow[] = []
  if (q.idNumber) {
    const rows = await db
      .selectFrom('persons')
      .select(cols)
      .where('id_number', '=', q.idNumber)
      .where('purged_at', 'is', null)
      .limit(20)
      .execute()
    out.push(...rows.map((r) => ({ ...r, reason: 'idNumber' as const })))
  }
  if (q.name && q.birthDate) {
    const year = q.birthDate.slice(0, 4)
    const byName = (live: boolean) => {
      let query = db
        .selectFrom('persons')
        .select(cols)
        .where('name', '=', q.name!)
        .where('birth_date', '>=', year)
        .where('birth_date', '<', `${year}\u{10FFFF}`)
      // Two queries, so that each can use its partial index (live rows, recycle bin).
      query = live
        ? query.where('deleted_at', 'is', null)
        : query.where('deleted_at', 'is not', null).where('purged_at', 'is', null)
      return query.limit(50).execute()
    }
    for (const r of [...(await byName(true)), ...(await byName(false))]) {
      const b = r.birth_date ?? ''
      const n = Math.min(b.length, q.birthDate.length)
      if (b.slice(0, n) !== q.birthDate.slice(0, n)) continue
      if (!out.some((o) => o.id === r.id)) out.push({ ...r, reason: 'nameBirth' })
    }
  }
  return out.filter((r) => r.id !== q.excludeId)
}

export async function listRecycleBin(db: Kysely<Database>, page: number, pageSize: number) {
  const base = db
    .selectFrom('persons')
    .where('deleted_at', 'is not', null)
    .where('purged_at', 'is', null)
  const total = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await base
    .select(['id', 'name', 'id_number', 'employer', 'deleted_at'])
    .orderBy('deleted_at', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute()
  return { total: Number(total.n), rows }
}

/** Live persons by kind: real ones block loading demo data. */
export async function countPersonsByKind(
  db: Kysely<Database>,
): Promise<{ real: number; demo: number }> {
  const rows = await db
    .selectFrom('persons')
    .select(['is_demo', (eb) => eb.fn.countAll<number>().as('n')])
    .where('purged_at', 'is', null)
    .groupBy('is_demo')
    .execute()
  return {
    real: Number(rows.find((r) => r.is_demo === 0)?.n ?? 0),
    demo: Number(rows.find((r) => r.is_demo === 1)?.n ?? 0),
  }
}
