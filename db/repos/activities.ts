import { sql, type Kysely } from 'kysely'
import type { ActivitiesTable, Database } from '../schema'
import { recordChange } from './changeLog'

export type ActivityRow = ActivitiesTable

export interface ActivityFilter {
  year?: number | undefined
  type?: string | undefined
  status?: string | undefined
  organizationId?: string | undefined
  query?: string | undefined
  /** Units by 行政区划代码 (see persons' `units`); absent or empty: every unit's. */
  units?: string[] | undefined
}

function filtered(db: Kysely<Database>, f: ActivityFilter) {
  let q = db.selectFrom('activities').where('deleted_at', 'is', null)
  if (f.year !== undefined) {
    q = q.where('start_date', '>=', `${f.year}-01-01`).where('start_date', '<=', `${f.year}-12-31`)
  }
  if (f.type) q = q.where('type', '=', f.type)
  if (f.status) q = q.where('status', '=', f.status)
  if (f.organizationId) q = q.where('organization_id', '=', f.organizationId)
  const units = f.units
  if (units?.length)
    // As UNIT_SCOPE_SQL: a unit picked stands for itself and the units it relays.
    q = q.where('site_id', 'in', (eb) =>
      eb
        .selectFrom('units')
        .select('id')
        .where((w) =>
          w.or([
            w('code', 'in', units),
            w(
              'via_unit_id',
              'in',
              w.selectFrom('units as u').select('u.id').where('u.code', 'in', units),
            ),
          ]),
        ),
    )
  if (f.query) {
    // instr, not LIKE: no wildcards to escape in what people type.
    const text = f.query
    q = q.where((eb) =>
      eb.or([
        eb(sql<number>`instr(title, ${text})`, '>', 0),
        eb(sql<number>`instr(ifnull(theme, ''), ${text})`, '>', 0),
        eb(sql<number>`instr(ifnull(place, ''), ${text})`, '>', 0),
      ]),
    )
  }
  return q
}

/** A page of activities, newest first. */
export async function listActivityRows(
  db: Kysely<Database>,
  f: ActivityFilter,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: ActivityRow[] }> {
  const { n } = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const rows = await filtered(db, f)
    .selectAll()
    .orderBy('start_date', 'desc')
    .orderBy('start_time', 'desc')
    .orderBy('id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute()
  return { total: Number(n), rows }
}

export async function findActivityRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function insertActivity(db: Kysely<Database>, row: ActivityRow) {
  await db.insertInto('activities').values(row).execute()
  await recordChange(db, {
    table_name: 'activities',
    row_id: row.id,
    op: 'insert',
    hlc: row.created_at,
    site_id: row.site_id,
  })
}

export async function updateActivity(
  db: Kysely<Database>,
  row: Pick<ActivityRow, 'id' | 'site_id'>,
  changes: Partial<ActivityRow>,
  stamp: string,
) {
  await db
    .updateTable('activities')
    .set({ ...changes, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'activities',
    row_id: row.id,
    op: 'update',
    hlc: stamp,
    site_id: row.site_id,
  })
}

export async function softDeleteActivity(
  db: Kysely<Database>,
  row: Pick<ActivityRow, 'id' | 'site_id'>,
  stamp: string,
) {
  await db
    .updateTable('activities')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'activities',
    row_id: row.id,
    op: 'delete',
    hlc: stamp,
    site_id: row.site_id,
  })
}

/** How many live activities use a type code. */
export async function activityTypeUsage(db: Kysely<Database>, type: string): Promise<number> {
  const r = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('type', '=', type)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Live activities held by (or planned for) an organization, any year: for its delete check. */
export async function activitiesOfOrganization(db: Kysely<Database>, organizationId: string) {
  const r = await db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Every live activity of a year with one of these statuses, in date order: the ledger. */
export async function activitiesOfYear(
  db: Kysely<Database>,
  year: number,
  statuses: readonly string[],
): Promise<ActivityRow[]> {
  return db
    .selectFrom('activities')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('start_date', '>=', `${year}-01-01`)
    .where('start_date', '<=', `${year}-12-31`)
    .where('status', 'in', [...statuses])
    .orderBy('start_date')
    .orderBy('start_time')
    .execute()
}
