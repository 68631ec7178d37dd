import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database, MembershipsTable } from '../schema'
import { bulkChangeLog } from './activitiesBulkLog'
import { recordChange } from './changeLog'

export type MembershipRow = MembershipsTable

/** A membership with the person fields the lists show. */
export interface MembershipJoinedRow {
  id: string
  site_id: string
  updated_at: string
  organization_id: string
  person_id: string
  post: string
  term: string | null
  start_date: string | null
  end_date: string | null
  remarks: string | null
  person_name: string
  person_sex: string | null
  person_employer: string | null
  person_job_title: string | null
}

const JOINED = `
  SELECT m.id, m.site_id, m.updated_at, m.organization_id, m.person_id, m.post, m.term,
         m.start_date, m.end_date, m.remarks, p.name AS person_name, p.sex AS person_sex,
         p.employer AS person_employer, p.job_title AS person_job_title
  FROM memberships m JOIN persons p ON p.id = m.person_id AND p.deleted_at IS NULL
  WHERE m.deleted_at IS NULL`
const IN_LIST = 'IN (SELECT value FROM json_each(?))'
/** Current: no end date, or one today or later. */
const ACTIVE = '(m.end_date IS NULL OR m.end_date >= ?)'

/** Members of these organizations whose persons are live; current ones unless told otherwise. */
export function membershipsOfOrganizations(
  sqlite: BetterSqlite3.Database,
  organizationIds: readonly string[],
  opts: { includeEnded: boolean; today: string },
): MembershipJoinedRow[] {
  const ended = opts.includeEnded ? '' : `AND ${ACTIVE}`
  const args: unknown[] = [JSON.stringify(organizationIds)]
  if (!opts.includeEnded) args.push(opts.today)
  return sqlite
    .prepare(`${JOINED} AND m.organization_id ${IN_LIST} ${ended} ORDER BY m.post, p.name_py, m.id`)
    .all(...args) as MembershipJoinedRow[]
}

export function membershipsOfPerson(
  sqlite: BetterSqlite3.Database,
  personId: string,
): MembershipJoinedRow[] {
  return sqlite
    .prepare(
      `${JOINED} AND m.person_id = ? ORDER BY m.end_date IS NOT NULL, m.start_date DESC, m.id`,
    )
    .all(personId) as MembershipJoinedRow[]
}

/** person_id → organization ids of their current memberships; all persons when ids is null. */
export function currentMembershipPairs(
  sqlite: BetterSqlite3.Database,
  personIds: readonly string[] | null,
  today: string,
): { person_id: string; person_name: string; organization_id: string }[] {
  const only = personIds ? `AND m.person_id ${IN_LIST}` : ''
  const args: unknown[] = personIds ? [JSON.stringify(personIds), today] : [today]
  return sqlite
    .prepare(
      `SELECT DISTINCT m.person_id, p.name AS person_name, m.organization_id
       FROM memberships m JOIN persons p ON p.id = m.person_id AND p.deleted_at IS NULL
       WHERE m.deleted_at IS NULL ${only} AND ${ACTIVE}`,
    )
    .all(...args) as { person_id: string; person_name: string; organization_id: string }[]
}

/** Current member counts per organization. */
export function memberCounts(sqlite: BetterSqlite3.Database, today: string): Map<string, number> {
  const rows = sqlite
    .prepare(
      `SELECT m.organization_id, count(DISTINCT m.person_id)
       FROM memberships m JOIN persons p ON p.id = m.person_id AND p.deleted_at IS NULL
       WHERE m.deleted_at IS NULL AND ${ACTIVE} GROUP BY m.organization_id`,
    )
    .raw()
    .all(today) as [string, number][]
  return new Map(rows)
}

/** Persons among `personIds` already holding a live membership of this org for this term. */
export function personsWithMembership(
  sqlite: BetterSqlite3.Database,
  organizationId: string,
  personIds: readonly string[],
  term: string | null,
): Set<string> {
  const rows = sqlite
    .prepare(
      `SELECT person_id FROM memberships
       WHERE deleted_at IS NULL AND organization_id = ? AND ifnull(term, '') = ?
         AND person_id ${IN_LIST}`,
    )
    .pluck()
    .all(organizationId, term ?? '', JSON.stringify(personIds)) as string[]
  return new Set(rows)
}

/** Inserts memberships with one compiled statement, logging each; the caller's transaction. */
export function insertMemberships(sqlite: BetterSqlite3.Database, rows: readonly MembershipRow[]) {
  const insert = sqlite.prepare(
    `INSERT INTO memberships (id, site_id, created_at, updated_at, deleted_at, organization_id,
       person_id, post, term, start_date, end_date, remarks)
     VALUES (@id, @site_id, @created_at, @updated_at, @deleted_at, @organization_id,
       @person_id, @post, @term, @start_date, @end_date, @remarks)`,
  )
  for (const row of rows) insert.run(row)
  const first = rows[0]
  if (first)
    bulkChangeLog(
      sqlite,
      'memberships',
      rows.map((r) => r.id),
      'insert',
      first.created_at,
      first.site_id,
    )
}

export async function findMembershipRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('memberships')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function updateMembership(
  db: Kysely<Database>,
  row: Pick<MembershipRow, 'id' | 'site_id'>,
  changes: Partial<MembershipRow>,
  stamp: string,
) {
  await db
    .updateTable('memberships')
    .set({ ...changes, updated_at: stamp })
    .where('id', '=', row.id)
    .execute()
  await recordChange(db, {
    table_name: 'memberships',
    row_id: row.id,
    op: 'update',
    hlc: stamp,
    site_id: row.site_id,
  })
}

/** Tombstones memberships (one, or all of an organization); answers how many. */
export function softDeleteMemberships(
  sqlite: BetterSqlite3.Database,
  where: { id: string } | { organizationId: string },
  stamp: string,
): number {
  const [column, value] =
    'id' in where ? ['id', where.id] : ['organization_id', where.organizationId]
  const rows = sqlite
    .prepare(`SELECT id, site_id FROM memberships WHERE deleted_at IS NULL AND ${column} = ?`)
    .all(value) as { id: string; site_id: string }[]
  const del = sqlite.prepare('UPDATE memberships SET deleted_at = ?, updated_at = ? WHERE id = ?')
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('memberships', ?, 'delete', ?, ?)",
  )
  for (const r of rows) {
    del.run(stamp, stamp, r.id)
    log.run(r.id, stamp, r.site_id)
  }
  return rows.length
}

/** How many live memberships use a post code (the dictionary refuses to delete it then). */
export function postUsage(sqlite: BetterSqlite3.Database, post: string): number {
  return sqlite
    .prepare('SELECT count(*) FROM memberships WHERE deleted_at IS NULL AND post = ?')
    .pluck()
    .get(post) as number
}
