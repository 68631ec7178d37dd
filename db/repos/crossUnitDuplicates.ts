import type BetterSqlite3 from 'better-sqlite3'
import type { CrossUnitVerdict } from '../../shared/contract/crossUnit'

export interface DuplicateRecord {
  id: string
  name: string
  id_number: string
  employer: string | null
  updated_at: string
  site_id: string
  unit_code: string | null
  unit_name: string | null
}

export interface StoredMark {
  id: string
  site_id: string
  person_a: string
  person_b: string
  verdict: CrossUnitVerdict
  note: string | null
  updated_at: string
  unit_code: string | null
  unit_name: string | null
}

/**
 * Live records whose ID number is held live by two or more units, grouped by number (the
 * persons_id_number index gives the groups in order without sorting the register).
 */
export function duplicateRecords(sqlite: BetterSqlite3.Database): DuplicateRecord[] {
  return sqlite
    .prepare(
      `WITH shared AS (
         SELECT id_number FROM persons
          WHERE id_number IS NOT NULL AND deleted_at IS NULL
          GROUP BY id_number HAVING count(DISTINCT site_id) > 1)
       SELECT p.id, p.name, p.id_number, p.employer, p.updated_at, p.site_id,
              u.code AS unit_code, u.name AS unit_name
         FROM shared s JOIN persons p ON p.id_number = s.id_number AND p.deleted_at IS NULL
         LEFT JOIN units u ON u.id = p.site_id
        ORDER BY p.id_number, p.id`,
    )
    .all() as DuplicateRecord[]
}

/** Every unit's live verdicts, newest first: the first one met for a pair is the one shown. */
export function liveMarks(sqlite: BetterSqlite3.Database): StoredMark[] {
  return sqlite
    .prepare(
      `SELECT m.id, m.site_id, m.person_a, m.person_b, m.verdict, m.note, m.updated_at,
              u.code AS unit_code, u.name AS unit_name
         FROM cross_unit_marks m LEFT JOIN units u ON u.id = m.site_id
        WHERE m.deleted_at IS NULL
        ORDER BY m.updated_at DESC`,
    )
    .all() as StoredMark[]
}

export function ownMark(
  sqlite: BetterSqlite3.Database,
  siteId: string,
  pair: { a: string; b: string },
): { id: string } | undefined {
  return sqlite
    .prepare(
      `SELECT id FROM cross_unit_marks
        WHERE site_id = ? AND person_a = ? AND person_b = ? AND deleted_at IS NULL`,
    )
    .get(siteId, pair.a, pair.b) as { id: string } | undefined
}

const logChange = (
  sqlite: BetterSqlite3.Database,
  rowId: string,
  op: 'insert' | 'update' | 'delete',
  stamp: string,
  siteId: string,
) =>
  sqlite
    .prepare(
      "INSERT INTO change_log (table_name, row_id, op, hlc, site_id) VALUES ('cross_unit_marks', ?, ?, ?, ?)",
    )
    .run(rowId, op, stamp, siteId)

/** Writes this unit's verdict on a pair, or tombstones it (verdict null); logged to travel. */
export function saveMark(
  sqlite: BetterSqlite3.Database,
  m: {
    newId: string
    siteId: string
    a: string
    b: string
    verdict: CrossUnitVerdict | null
    note: string | null
    stamp: string
  },
): void {
  const existing = ownMark(sqlite, m.siteId, m)
  if (existing && m.verdict === null) {
    sqlite
      .prepare('UPDATE cross_unit_marks SET deleted_at = ?, updated_at = ? WHERE id = ?')
      .run(m.stamp, m.stamp, existing.id)
    logChange(sqlite, existing.id, 'delete', m.stamp, m.siteId)
  } else if (existing && m.verdict) {
    sqlite
      .prepare('UPDATE cross_unit_marks SET verdict = ?, note = ?, updated_at = ? WHERE id = ?')
      .run(m.verdict, m.note, m.stamp, existing.id)
    logChange(sqlite, existing.id, 'update', m.stamp, m.siteId)
  } else if (m.verdict) {
    sqlite
      .prepare(
        `INSERT INTO cross_unit_marks
           (id, site_id, created_at, updated_at, person_a, person_b, verdict, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.newId, m.siteId, m.stamp, m.stamp, m.a, m.b, m.verdict, m.note)
    logChange(sqlite, m.newId, 'insert', m.stamp, m.siteId)
  }
}
