import type BetterSqlite3 from 'better-sqlite3'
import { CHILD_TABLES } from './personChildren'

const DEMO = 'SELECT rid FROM persons WHERE is_demo = 1'
const DEMO_IDS = 'SELECT id FROM persons WHERE is_demo = 1'

/**
 * Removes every demo person outright, with what hangs off them (sub-records, search rows,
 * activity and organization links). Set-based, so a province-scale demo goes in seconds;
 * runs inside the caller's transaction. Each removal is logged, so lists rebuild.
 */
export function clearDemoPersons(sqlite: BetterSqlite3.Database, hlc: string): number {
  const n =
    (sqlite.prepare('SELECT count(*) FROM persons WHERE is_demo = 1').pluck().get() as number) ?? 0
  if (n === 0) return 0
  sqlite
    .prepare(
      `INSERT INTO change_log (table_name, row_id, op, hlc, site_id)
       SELECT 'persons', id, 'delete', ?, site_id FROM persons WHERE is_demo = 1`,
    )
    .run(hlc)
  sqlite.exec(`
    DELETE FROM person_fts_tri WHERE rowid IN (${DEMO});
    DELETE FROM person_fts_chars WHERE rowid IN (${DEMO});
    ${CHILD_TABLES.map((t) => `DELETE FROM ${t} WHERE person_rid IN (${DEMO});`).join('\n')}
    DELETE FROM participants WHERE person_id IN (${DEMO_IDS});
    DELETE FROM memberships WHERE person_id IN (${DEMO_IDS});
    UPDATE organizations SET leader_person_id = NULL WHERE leader_person_id IN (${DEMO_IDS});
    DELETE FROM persons WHERE is_demo = 1;
  `)
  return n
}
