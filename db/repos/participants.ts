import type BetterSqlite3 from 'better-sqlite3'
import type { ParticipantsTable } from '../schema'
import { bulkChangeLog } from './activitiesBulkLog'

export type ParticipantRow = ParticipantsTable

/** A participant with the person fields a list or a sign-in sheet shows. */
export interface ParticipantJoinedRow {
  id: string
  site_id: string
  seq: number
  person_id: string
  role: string
  attendance: string
  remarks: string | null
  name: string
  sex: string | null
  employer: string | null
  job_title: string | null
  phone: string | null
  township: string | null
  team: string | null
  /** 1 for a fictional person of the demo data. */
  is_demo: number
}

export interface AttendanceCounts {
  registered: number
  present: number
  absent: number
  leave: number
}

const IN_LIST = 'IN (SELECT value FROM json_each(?))'
// A participant whose person sits in the recycle bin is off the list until restored.
const LISTED = `participants pa JOIN persons p ON p.id = pa.person_id AND p.deleted_at IS NULL
  WHERE pa.deleted_at IS NULL`

export function listParticipantRows(
  sqlite: BetterSqlite3.Database,
  activityId: string,
): ParticipantJoinedRow[] {
  return sqlite
    .prepare(
      `SELECT pa.id, pa.site_id, pa.seq, pa.person_id, pa.role, pa.attendance, pa.remarks, p.name,
              p.sex, p.employer, p.job_title, p.phone, p.township, p.team, p.is_demo
       FROM ${LISTED} AND pa.activity_id = ? ORDER BY pa.seq`,
    )
    .all(activityId) as ParticipantJoinedRow[]
}

/** Attendance counts of listed participants, per activity. */
export function attendanceCounts(
  sqlite: BetterSqlite3.Database,
  activityIds: readonly string[],
): Map<string, AttendanceCounts> {
  const out = new Map<string, AttendanceCounts>()
  if (activityIds.length === 0) return out
  const rows = sqlite
    .prepare(
      `SELECT pa.activity_id, pa.attendance, count(*) FROM ${LISTED}
       AND pa.activity_id ${IN_LIST} GROUP BY pa.activity_id, pa.attendance`,
    )
    .raw()
    .all(JSON.stringify(activityIds)) as [string, keyof AttendanceCounts, number][]
  for (const [activity, status, n] of rows) {
    let c = out.get(activity)
    if (!c) out.set(activity, (c = { registered: 0, present: 0, absent: 0, leave: 0 }))
    c[status] = n
  }
  return out
}

/** Persons with a live participant row in this activity (whatever their person's state). */
export function participantPersonIds(sqlite: BetterSqlite3.Database, activityId: string) {
  return new Set(
    sqlite
      .prepare('SELECT person_id FROM participants WHERE deleted_at IS NULL AND activity_id = ?')
      .pluck()
      .all(activityId) as string[],
  )
}

export function maxSeq(sqlite: BetterSqlite3.Database, activityId: string): number {
  return (
    (sqlite
      .prepare('SELECT max(seq) FROM participants WHERE deleted_at IS NULL AND activity_id = ?')
      .pluck()
      .get(activityId) as number | null) ?? 0
  )
}

/** Inserts participants with one compiled statement, logging each; the caller's transaction. */
export function insertParticipants(
  sqlite: BetterSqlite3.Database,
  rows: readonly ParticipantRow[],
) {
  const insert = sqlite.prepare(
    `INSERT INTO participants (id, site_id, created_at, updated_at, deleted_at, activity_id,
       person_id, seq, role, attendance, remarks)
     VALUES (@id, @site_id, @created_at, @updated_at, @deleted_at, @activity_id,
       @person_id, @seq, @role, @attendance, @remarks)`,
  )
  for (const row of rows) insert.run(row)
  const first = rows[0]
  if (first)
    bulkChangeLog(
      sqlite,
      'participants',
      rows.map((r) => r.id),
      'insert',
      first.created_at,
      first.site_id,
    )
}

/** Live participant rows of an activity among `ids` (all of them when null). */
export function participantKeys(
  sqlite: BetterSqlite3.Database,
  activityId: string,
  ids: readonly string[] | null,
): {
  id: string
  site_id: string
  seq: number
  person_id: string
  attendance: string
  role: string
}[] {
  const only = ids ? `AND id ${IN_LIST}` : ''
  const args: unknown[] = ids ? [activityId, JSON.stringify(ids)] : [activityId]
  return sqlite
    .prepare(
      `SELECT id, site_id, seq, person_id, attendance, role FROM participants
       WHERE deleted_at IS NULL AND activity_id = ? ${only} ORDER BY seq`,
    )
    .all(...args) as never
}

/** Sets a column on some participant rows and logs each row that actually changed. */
export function setParticipantColumn(
  sqlite: BetterSqlite3.Database,
  rows: readonly { id: string; site_id: string; attendance: string; role: string }[],
  column: 'attendance' | 'role',
  value: string,
  stamp: string,
): number {
  const update = sqlite.prepare(
    `UPDATE participants SET ${column} = ?, updated_at = ? WHERE id = ?`,
  )
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('participants', ?, 'update', ?, ?)",
  )
  let changed = 0
  for (const r of rows) {
    if (r[column] === value) continue
    update.run(value, stamp, r.id)
    log.run(r.id, stamp, r.site_id)
    changed++
  }
  return changed
}

export function softDeleteParticipants(
  sqlite: BetterSqlite3.Database,
  rows: readonly { id: string; site_id: string }[],
  stamp: string,
): number {
  const del = sqlite.prepare('UPDATE participants SET deleted_at = ?, updated_at = ? WHERE id = ?')
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('participants', ?, 'delete', ?, ?)",
  )
  for (const r of rows) {
    del.run(stamp, stamp, r.id)
    log.run(r.id, stamp, r.site_id)
  }
  return rows.length
}

/** Renumbers rows 1…N in their current order; answers how many 序号 changed. */
export function renumberParticipants(
  sqlite: BetterSqlite3.Database,
  rows: readonly { id: string; site_id: string; seq: number }[],
  stamp: string,
): number {
  // Out of the way first: the live (activity, seq) pairs are unique at every step.
  const park = sqlite.prepare('UPDATE participants SET seq = seq + 1000000000 WHERE id = ?')
  const set = sqlite.prepare('UPDATE participants SET seq = ?, updated_at = ? WHERE id = ?')
  const log = sqlite.prepare(
    "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('participants', ?, 'update', ?, ?)",
  )
  const moving = rows.map((r, i) => ({ ...r, next: i + 1 })).filter((r) => r.seq !== r.next)
  for (const r of moving) park.run(r.id)
  for (const r of moving) {
    set.run(r.next, stamp, r.id)
    log.run(r.id, stamp, r.site_id)
  }
  return moving.length
}

export interface ParticipationRow {
  activity_id: string
  /** The activity's owning unit: its type code is named by that unit's entries. */
  site_id: string
  title: string
  type: string
  start_date: string
  status: string
  role: string
  attendance: string
}

/** Every live activity a person is on the list of, newest first. */
export function participationsOfPerson(
  sqlite: BetterSqlite3.Database,
  personId: string,
): ParticipationRow[] {
  return sqlite
    .prepare(
      `SELECT a.id AS activity_id, a.site_id, a.title, a.type, a.start_date, a.status, pa.role,
              pa.attendance
       FROM participants pa JOIN activities a ON a.id = pa.activity_id AND a.deleted_at IS NULL
       WHERE pa.deleted_at IS NULL AND pa.person_id = ?
       ORDER BY a.start_date DESC, a.id DESC`,
    )
    .all(personId) as ParticipationRow[]
}
