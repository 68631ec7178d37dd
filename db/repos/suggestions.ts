import type BetterSqlite3 from 'better-sqlite3'
import type {
  SuggestionAdoptionsTable,
  SuggestionInstructionsTable,
  SuggestionSubmittersTable,
  SuggestionsTable,
} from '../schema'
import { bulkChangeLog } from './activitiesBulkLog'

export type SuggestionRow = SuggestionsTable
export type SubmitterRow = SuggestionSubmittersTable
export type AdoptionRow = SuggestionAdoptionsTable
export type InstructionRow = SuggestionInstructionsTable

/** The child tables of a suggestion: each row names its suggestion in `suggestion_id`. */
export const SUGGESTION_CHILD_TABLES = [
  'suggestion_submitters',
  'suggestion_adoptions',
  'suggestion_instructions',
] as const
export type SuggestionChildTable = (typeof SUGGESTION_CHILD_TABLES)[number]

/** Inserts travelling rows of one table and logs each, in the caller's transaction. */
export function insertTravellingRows(
  sqlite: BetterSqlite3.Database,
  table: 'suggestions' | SuggestionChildTable,
  rows: readonly Record<string, unknown>[],
): void {
  if (!rows.length) return
  const columns = Object.keys(rows[0]!)
  const insert = sqlite.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
  )
  for (const row of rows) {
    insert.run(row)
    bulkChangeLog(
      sqlite,
      table,
      [row.id as string],
      'insert',
      row.created_at as string,
      row.site_id as string,
    )
  }
}

export function updateSuggestionRow(
  sqlite: BetterSqlite3.Database,
  key: Pick<SuggestionRow, 'id' | 'site_id'>,
  changes: Partial<SuggestionRow>,
  stamp: string,
): void {
  const set = { ...changes, updated_at: stamp }
  const columns = Object.keys(set)
  sqlite
    .prepare(
      `UPDATE suggestions SET ${columns.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    )
    .run({ ...set, id: key.id })
  bulkChangeLog(sqlite, 'suggestions', [key.id], 'update', stamp, key.site_id)
}

/** Tombstones the live rows of a child table for these suggestions; answers how many. */
export function softDeleteChildren(
  sqlite: BetterSqlite3.Database,
  table: SuggestionChildTable,
  suggestionId: string,
  stamp: string,
  siteId: string,
): number {
  const ids = sqlite
    .prepare(`SELECT id FROM ${table} WHERE suggestion_id = ? AND deleted_at IS NULL`)
    .pluck()
    .all(suggestionId) as string[]
  const mark = sqlite.prepare(`UPDATE ${table} SET deleted_at = ?, updated_at = ? WHERE id = ?`)
  for (const id of ids) mark.run(stamp, stamp, id)
  bulkChangeLog(sqlite, table, ids, 'delete', stamp, siteId)
  return ids.length
}

export function softDeleteSuggestionRow(
  sqlite: BetterSqlite3.Database,
  key: Pick<SuggestionRow, 'id' | 'site_id'>,
  stamp: string,
): void {
  for (const table of SUGGESTION_CHILD_TABLES)
    softDeleteChildren(sqlite, table, key.id, stamp, key.site_id)
  sqlite
    .prepare('UPDATE suggestions SET deleted_at = ?, updated_at = ? WHERE id = ?')
    .run(stamp, stamp, key.id)
  sqlite.prepare('DELETE FROM suggestion_scores WHERE suggestion_id = ?').run(key.id)
  bulkChangeLog(sqlite, 'suggestions', [key.id], 'delete', stamp, key.site_id)
}

export function findSuggestionRow(
  sqlite: BetterSqlite3.Database,
  id: string,
): SuggestionRow | undefined {
  return sqlite.prepare('SELECT * FROM suggestions WHERE id = ? AND deleted_at IS NULL').get(id) as
    SuggestionRow | undefined
}

const IN_LIST = 'IN (SELECT value FROM json_each(?))'

/** Live child rows of these suggestions, grouped by suggestion, in entry order. */
export function childRowsOf<T extends { suggestion_id: string }>(
  sqlite: BetterSqlite3.Database,
  table: SuggestionChildTable,
  suggestionIds: readonly string[],
): Map<string, T[]> {
  const order = table === 'suggestion_submitters' ? 'seq' : 'created_at, id'
  const rows = sqlite
    .prepare(
      `SELECT * FROM ${table} WHERE deleted_at IS NULL AND suggestion_id ${IN_LIST} ORDER BY ${order}`,
    )
    .all(JSON.stringify(suggestionIds)) as T[]
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const list = out.get(r.suggestion_id) ?? []
    list.push(r)
    out.set(r.suggestion_id, list)
  }
  return out
}

/** Suggestions a person is named on (live ones), for the person's page and delete check. */
export function suggestionIdsOfPerson(sqlite: BetterSqlite3.Database, personId: string): string[] {
  return sqlite
    .prepare(
      `SELECT DISTINCT s.id FROM suggestion_submitters m
       JOIN suggestions s ON s.id = m.suggestion_id AND s.deleted_at IS NULL
       WHERE m.person_id = ? AND m.deleted_at IS NULL
       ORDER BY s.submitted_on DESC, s.id DESC`,
    )
    .pluck()
    .all(personId) as string[]
}

export function suggestionRowsByIds(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[],
): SuggestionRow[] {
  return sqlite
    .prepare(
      `SELECT * FROM suggestions WHERE id ${IN_LIST} AND deleted_at IS NULL
       ORDER BY submitted_on DESC, id DESC`,
    )
    .all(JSON.stringify(ids)) as SuggestionRow[]
}

/** Live register persons among these ids, with what a submitter row keeps of them. */
export function livePersons(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[],
): Map<string, { name: string; employer: string | null }> {
  const rows = sqlite
    .prepare(
      `SELECT id, name, employer FROM persons
       WHERE id ${IN_LIST} AND deleted_at IS NULL AND purged_at IS NULL`,
    )
    .all(JSON.stringify(ids)) as { id: string; name: string; employer: string | null }[]
  return new Map(rows.map((r) => [r.id, { name: r.name, employer: r.employer }]))
}

/** Live suggestions using a dictionary code, for the dictionary's delete check. */
export function suggestionCodeUsage(
  sqlite: BetterSqlite3.Database,
  column: 'kind' | 'channel',
  code: string,
): number {
  return sqlite
    .prepare(`SELECT count(*) FROM suggestions WHERE ${column} = ? AND deleted_at IS NULL`)
    .pluck()
    .get(code) as number
}

/**
 * Removes outright every suggestion a demo person is named on, with its rows and score
 * (the demo is loaded only into an empty register, so these are all demo suggestions).
 */
export function clearDemoSuggestions(sqlite: BetterSqlite3.Database, hlc: string): number {
  const ids = sqlite
    .prepare(
      `SELECT DISTINCT m.suggestion_id FROM suggestion_submitters m
       JOIN persons p ON p.id = m.person_id WHERE p.is_demo = 1`,
    )
    .pluck()
    .all() as string[]
  if (!ids.length) return 0
  const list = JSON.stringify(ids)
  for (const table of [...SUGGESTION_CHILD_TABLES, 'suggestions'] as const) {
    const key = table === 'suggestions' ? 'id' : 'suggestion_id'
    sqlite
      .prepare(
        `INSERT INTO change_log (table_name, row_id, op, hlc, site_id)
         SELECT ?, id, 'delete', ?, site_id FROM ${table} WHERE ${key} ${IN_LIST}`,
      )
      .run(table, hlc, list)
    if (table === 'suggestions')
      sqlite.prepare(`DELETE FROM suggestion_scores WHERE suggestion_id ${IN_LIST}`).run(list)
    sqlite.prepare(`DELETE FROM ${table} WHERE ${key} ${IN_LIST}`).run(list)
  }
  return ids.length
}
