import type BetterSqlite3 from 'better-sqlite3'
import { ACTIVE_PERSON_STATUS } from '../../../../shared/codes/personStatus'
import { educationBand } from '../../../../shared/statistics/indicators'
import { prepared } from '../../persons/prepared'

const LIVE = `deleted_at IS NULL AND status = '${ACTIVE_PERSON_STATUS}'`

/** Persons by band of 学历: the list index does not hold education. */
export function educationFigures(sqlite: BetterSqlite3.Database): Record<string, number> {
  const out: Record<string, number> = {}
  const rows = prepared(
    sqlite,
    `SELECT education, count(*) AS n FROM persons WHERE ${LIVE} GROUP BY education`,
  ).all() as { education: string | null; n: number }[]
  for (const r of rows) {
    const id = `persons.education.${educationBand(r.education)}`
    out[id] = (out[id] ?? 0) + r.n
  }
  return out
}

/** Persons holding a seat of each body at each level, once per level. */
export function seatLevelFigures(sqlite: BetterSqlite3.Database): Record<string, number> {
  const rows = prepared(
    sqlite,
    `SELECT s.body AS body, s.level AS level, count(DISTINCT s.person_rid) AS n
       FROM person_seats s JOIN persons p ON p.rid = s.person_rid
      WHERE p.${LIVE.replaceAll(' AND status', ' AND p.status')} AND s.level IS NOT NULL
      GROUP BY s.body, s.level`,
  ).all() as { body: string; level: string; n: number }[]
  return Object.fromEntries(rows.map((r) => [`persons.${r.body}.${r.level}`, r.n]))
}
