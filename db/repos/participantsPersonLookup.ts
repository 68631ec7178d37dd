import type BetterSqlite3 from 'better-sqlite3'

/** Which of these ids name live persons (not in the recycle bin, not purged). */
export function livePersonIds(sqlite: BetterSqlite3.Database, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set()
  return new Set(
    sqlite
      .prepare(
        'SELECT id FROM persons WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .pluck()
      .all(JSON.stringify(ids)) as string[],
  )
}

/** Person ids of these local row ids (the persons list index answers rids), in the order given. */
export function personIdsOfRids(sqlite: BetterSqlite3.Database, rids: readonly number[]): string[] {
  if (rids.length === 0) return []
  const rows = sqlite
    .prepare('SELECT rid, id FROM persons WHERE rid IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(rids)) as [number, string][]
  const byRid = new Map(rows)
  return rids.map((r) => byRid.get(r)).filter((id): id is string => id !== undefined)
}
