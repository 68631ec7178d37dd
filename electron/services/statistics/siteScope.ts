import type BetterSqlite3 from 'better-sqlite3'
import type { IndexColumns } from '../persons/listIndex/columns'
import { allowed } from '../persons/listIndex/listQuery'
import { prepared } from '../persons/prepared'
import { siteIdsOf } from '../units/siteIdsOf'

/**
 * The owning units (site ids) whose records a figure counts; null counts every record held
 * here (本单位及下级). An empty list counts nothing: units were asked for that are not known.
 */
export type SiteScope = readonly string[] | null

/** 1 for each interned site of the scope, or null when every site counts. */
export function siteTable(c: IndexColumns, sites: SiteScope): Uint8Array | null {
  if (sites === null) return null
  return allowed(c.interned.site, sites) ?? new Uint8Array(c.interned.site.size)
}

/**
 * The SQL condition (prefixed by AND) and its parameter that keep a query to the scope:
 * nothing at all for the whole register, so the usual statement stays as it was.
 */
export function siteCondition(column: string, sites: SiteScope): [sql: string, params: string[]] {
  if (sites === null) return ['', []]
  return [` AND ${column} IN (SELECT value FROM json_each(?))`, [JSON.stringify(sites)]]
}

/** The scope of a statistics request from its region codes; none given counts everything. */
export function scopeOfUnits(
  sqlite: BetterSqlite3.Database,
  units: readonly string[] | undefined,
): SiteScope {
  return units?.length ? siteIdsOf(sqlite, units) : null
}

/** 填报单位 of a scoped report: the names of the units asked for (newest name per code). */
export function unitNamesOf(sqlite: BetterSqlite3.Database, units: readonly string[]): string {
  const names = prepared(
    sqlite,
    `SELECT name FROM units u WHERE code IN (SELECT value FROM json_each(?))
        AND NOT EXISTS (SELECT 1 FROM units v WHERE v.code = u.code AND v.rowid > u.rowid)
      ORDER BY code`,
  )
    .pluck()
    .all(JSON.stringify(units)) as string[]
  return names.join('、')
}
