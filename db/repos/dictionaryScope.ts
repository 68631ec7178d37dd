import type BetterSqlite3 from 'better-sqlite3'
import type { ExpressionBuilder, Kysely } from 'kysely'
import type { Database, DictionariesTable } from '../schema'

/**
 * Dictionary entries belong to the unit that made them (0019). The entries in force here —
 * for this unit's own records, its pickers and its dictionary page — are its own and those an
 * upper unit sent down; the entries of the units below arrived with their packages and name
 * only those units' records.
 */
export const IN_FORCE_SQL = "site_id NOT IN (SELECT id FROM units WHERE relation = 'lower')"

/** The kysely form of IN_FORCE_SQL, for `.where(inForce)` on the dictionaries table. */
export const inForce = (eb: ExpressionBuilder<Database, 'dictionaries'>) =>
  eb('site_id', 'not in', eb.selectFrom('units').select('id').where('relation', '=', 'lower'))

export type LowerUnitEntry = Pick<
  DictionariesTable,
  'kind' | 'code' | 'name' | 'parent_code' | 'sort' | 'disabled'
> & { unitCode: string; siteId: string }

/** Live entries of the units below, with their unit's code; of one kind when given. */
export async function lowerUnitEntries(
  db: Kysely<Database>,
  kind?: string,
): Promise<LowerUnitEntry[]> {
  let q = db
    .selectFrom('dictionaries as d')
    .innerJoin('units as u', 'u.id', 'd.site_id')
    .select([
      'u.code as unitCode',
      'd.site_id as siteId',
      'd.kind',
      'd.code',
      'd.name',
      'd.parent_code',
      'd.sort',
      'd.disabled',
    ])
    .where('u.relation', '=', 'lower')
    .where('d.deleted_at', 'is', null)
  if (kind) q = q.where('d.kind', '=', kind)
  return q.orderBy('u.code').orderBy('d.sort').orderBy('d.code').execute()
}

const key = (kind: string, code: string, siteId = '') => `${siteId}\u0000${kind}\u0000${code}`

/**
 * The name a record's code shows: the entry of the record's owner when that unit below made
 * one, else the entry in force here. Loaded once, on first use.
 */
export function ownerScopedNames(
  sqlite: BetterSqlite3.Database,
): (kind: string, code: string, ownerSiteId?: string | null) => string | null {
  let names: Map<string, string> | null = null
  return (kind, code, ownerSiteId) => {
    if (!names) {
      names = new Map()
      const rows = sqlite
        .prepare(
          `SELECT site_id, kind, code, name, ${IN_FORCE_SQL} AS here FROM dictionaries
            WHERE deleted_at IS NULL`,
        )
        .all() as { site_id: string; kind: string; code: string; name: string; here: number }[]
      for (const r of rows) names.set(key(r.kind, r.code, r.here ? '' : r.site_id), r.name)
    }
    return (
      (ownerSiteId ? names.get(key(kind, code, ownerSiteId)) : undefined) ??
      names.get(key(kind, code)) ??
      null
    )
  }
}
