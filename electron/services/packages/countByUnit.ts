import type BetterSqlite3 from 'better-sqlite3'

/** Live persons per owning unit, this unit's and those received in packages (demo rows too). */
export function countByUnit(
  sqlite: BetterSqlite3.Database,
): { code: string; name: string; count: number }[] {
  return sqlite
    .prepare(
      `SELECT u.code AS code, u.name AS name, count(p.rid) AS count
         FROM units u JOIN persons p ON p.site_id = u.id AND p.deleted_at IS NULL
        GROUP BY u.id ORDER BY u.is_self DESC, u.code`,
    )
    .all() as { code: string; name: string; count: number }[]
}
