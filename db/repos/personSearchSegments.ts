import type BetterSqlite3 from 'better-sqlite3'

const SEARCH_TABLES = ['person_fts_tri', 'person_fts_chars'] as const
/** FTS5's own default, for a table whose config table holds no setting of its own. */
const FTS5_DEFAULT_AUTOMERGE = 4

/**
 * Runs `fill`, a bulk write of the persons' search rows, and leaves each search table in one
 * segment. FTS5 writes a new segment each time its pending terms pass ~1 MB and, with
 * automerge on, merges some of them as it goes: a fill ended in 4–5 segments at 100k persons
 * and 8–11 at a million, and every MATCH reads each segment (a 3-character search 4.3 pages
 * against 1.9 in one; the FTS probes ~2× faster in one). Automerge off during the fill and
 * one optimize after it cost nothing measurable at 100k–300k persons and 2–3% of the write at
 * a million (scripts/bench/README.md, "Scale", round 5).
 *
 * An optimize rewrites the whole index: only for a fill that writes most of it. Call inside
 * the bulk write's transaction; if it rolls back, the automerge setting (kept in each table's
 * config table) rolls back with it.
 */
export function withSearchSegmentsMerged<R>(sqlite: BetterSqlite3.Database, fill: () => R): R {
  const automerge = SEARCH_TABLES.map((table) => automergeOf(sqlite, table))
  for (const table of SEARCH_TABLES) command(sqlite, table, 'automerge', 0)
  const result = fill()
  SEARCH_TABLES.forEach((table, i) => {
    command(sqlite, table, 'optimize')
    command(sqlite, table, 'automerge', automerge[i]!)
  })
  return result
}

function automergeOf(sqlite: BetterSqlite3.Database, table: string): number {
  const set = sqlite
    .prepare(`SELECT v FROM ${table}_config WHERE k = 'automerge'`)
    .pluck()
    .get() as number | undefined
  return set ?? FTS5_DEFAULT_AUTOMERGE
}

/**
 * An FTS5 command. The value is written into the SQL: FTS5 takes only an integer, and
 * better-sqlite3 binds a JavaScript number as a real.
 */
function command(sqlite: BetterSqlite3.Database, table: string, name: string, value?: number) {
  if (value === undefined) sqlite.prepare(`INSERT INTO ${table} (${table}) VALUES (?)`).run(name)
  else {
    sqlite
      .prepare(`INSERT INTO ${table} (${table}, rank) VALUES (?, ${Math.trunc(value)})`)
      .run(name)
  }
}
