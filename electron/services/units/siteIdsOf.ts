import type BetterSqlite3 from 'better-sqlite3'
import { UNIT_SCOPE_SQL } from '../../../db/repos/units'
import { prepared } from '../persons/prepared'

/**
 * The site ids of units given by code: what every unit filter (register, statistics,
 * organizations) narrows rows to. A unit that registered afresh after losing its key keeps
 * its old row beside the new one: both hold that county's rows. At the province a city
 * stands for itself and the counties it relays.
 */
export function siteIdsOf(sqlite: BetterSqlite3.Database, codes: readonly string[]): string[] {
  return prepared(sqlite, UNIT_SCOPE_SQL)
    .pluck()
    .all({ codes: JSON.stringify(codes) }) as string[]
}
