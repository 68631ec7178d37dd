import type BetterSqlite3 from 'better-sqlite3'
import { IN_FORCE_SQL, ownerScopedNames } from '../../../db/repos/dictionaryScope'
import type { DictionaryKind } from '../../../shared/persons/fieldSpecs'

/**
 * The local dictionaries (乡镇, 社区) in memory for one import: resolveDictionaryCode of the
 * dictionaries repo (by code, then by name, enabled entries first), without a query per row.
 */
export function dictionaryLookup(
  sqlite: BetterSqlite3.Database,
): (kind: DictionaryKind, text: string) => string | null {
  const rows = sqlite
    .prepare(
      `SELECT kind, code, name FROM dictionaries WHERE deleted_at IS NULL AND ${IN_FORCE_SQL}
        ORDER BY disabled, sort, code`,
    )
    .all() as { kind: string; code: string; name: string }[]
  const byCode = new Map<string, string>()
  const byName = new Map<string, string>()
  for (const r of rows) {
    const codeKey = `${r.kind}\u0000${r.code}`
    const nameKey = `${r.kind}\u0000${r.name}`
    if (!byCode.has(codeKey)) byCode.set(codeKey, r.code)
    if (!byName.has(nameKey)) byName.set(nameKey, r.code)
  }
  return (kind, text) =>
    byCode.get(`${kind}\u0000${text}`) ?? byName.get(`${kind}\u0000${text}`) ?? null
}

/**
 * Names of dictionary entries by kind and code, for showing stored values: those of the
 * record's owner (`ownerSiteId`) first when a unit below made its own.
 */
export const dictionaryNames = ownerScopedNames
