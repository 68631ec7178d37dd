import type BetterSqlite3 from 'better-sqlite3'
import { TRAINING_TYPE_CODE } from '../../../shared/contract/activities'
import type { ActivityStatistics } from '../../../shared/contract/statistics'
import { prepared } from '../persons/prepared'

/**
 * Each held activity of a period with its month, type and 人次: the count reads the index of
 * present participants alone (migration 0028), not each participant's row.
 */
export const HELD_ACTIVITIES = `SELECT CAST(substr(a.start_date, 6, 2) AS INTEGER) AS month, a.type AS type,
   (SELECT count(*) FROM participants p
     WHERE p.activity_id = a.id AND p.deleted_at IS NULL AND p.attendance = 'present') AS present
  FROM activities a
 WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.start_date >= ? AND a.start_date < ?`

/** Held activities of a year by month, with 人次 (participants marked present) and trainings. */
export function activityStatistics(
  sqlite: BetterSqlite3.Database,
  year: number,
): ActivityStatistics {
  const from = `${year}-01-01`
  const to = `${year + 1}-01-01`
  const activitiesByMonth = new Array<number>(12).fill(0)
  const attendanceByMonth = new Array<number>(12).fill(0)
  let trainings = 0
  const rows = prepared(sqlite, HELD_ACTIVITIES).all(from, to) as {
    month: number
    type: string
    present: number
  }[]
  for (const r of rows) {
    activitiesByMonth[r.month - 1]!++
    attendanceByMonth[r.month - 1]! += r.present
    if (r.type === TRAINING_TYPE_CODE) trainings++
  }
  return { year, activitiesByMonth, attendanceByMonth, trainings }
}
