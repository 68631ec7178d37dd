import type BetterSqlite3 from 'better-sqlite3'
import type { SuggestionRow } from './suggestions'

export interface SuggestionFilter {
  year?: number | undefined
  kind?: string | undefined
  status?: string | undefined
  level?: string | undefined
  personId?: string | undefined
  employer?: string | undefined
  query?: string | undefined
}

const SUBMITTER = `EXISTS (SELECT 1 FROM suggestion_submitters m
  WHERE m.suggestion_id = s.id AND m.deleted_at IS NULL AND`

/** The WHERE clause and its parameters; instr, not LIKE: no wildcards to escape. */
function where(f: SuggestionFilter): { sql: string; params: unknown[] } {
  const parts = ['s.deleted_at IS NULL']
  const params: unknown[] = []
  const add = (clause: string, ...values: unknown[]) => {
    parts.push(clause)
    params.push(...values)
  }
  if (f.year !== undefined)
    add('s.submitted_on BETWEEN ? AND ?', `${f.year}-01-01`, `${f.year}-12-31`)
  if (f.kind) add('s.kind = ?', f.kind)
  if (f.status) add('s.status = ?', f.status)
  if (f.level)
    add(
      `EXISTS (SELECT 1 FROM suggestion_adoptions a
       WHERE a.suggestion_id = s.id AND a.deleted_at IS NULL AND a.level = ?)`,
      f.level,
    )
  if (f.personId) add(`${SUBMITTER} m.person_id = ?)`, f.personId)
  if (f.employer) add(`${SUBMITTER} instr(ifnull(m.employer, ''), ?) > 0)`, f.employer)
  if (f.query)
    add(
      `s.id IN (SELECT suggestion_id FROM suggestion_scores WHERE instr(search_text, ?) > 0)`,
      f.query,
    )
  return { sql: parts.join(' AND '), params }
}

export type ScoredSuggestionRow = SuggestionRow & {
  score: number | null
  share: number | null
  rule_version: number | null
}

/** A page of suggestions, newest first, with their stored scores. */
export function listSuggestionRows(
  sqlite: BetterSqlite3.Database,
  f: SuggestionFilter,
  page: { offset: number; limit: number },
): { total: number; rows: ScoredSuggestionRow[] } {
  const w = where(f)
  const total = sqlite
    .prepare(`SELECT count(*) FROM suggestions s WHERE ${w.sql}`)
    .pluck()
    .get(...w.params) as number
  // The page's ids first, from the order index alone; then only those rows are read.
  const rows = sqlite
    .prepare(
      `SELECT s.*, sc.score, sc.share, sc.rule_version FROM (
         SELECT s.id FROM suggestions s WHERE ${w.sql}
         ORDER BY s.submitted_on DESC, s.id DESC LIMIT ? OFFSET ?) p
       JOIN suggestions s ON s.id = p.id
       LEFT JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       ORDER BY s.submitted_on DESC, s.id DESC`,
    )
    .all(...w.params, page.limit, page.offset) as ScoredSuggestionRow[]
  return { total, rows }
}

/** Every live suggestion matching the filter, oldest first: the 台账 and its export. */
export function allSuggestionRows(
  sqlite: BetterSqlite3.Database,
  f: SuggestionFilter,
): ScoredSuggestionRow[] {
  const w = where(f)
  return sqlite
    .prepare(
      `SELECT s.*, sc.score, sc.share, sc.rule_version FROM suggestions s
       LEFT JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       WHERE ${w.sql} ORDER BY s.submitted_on, s.id`,
    )
    .all(...w.params) as ScoredSuggestionRow[]
}

/** One live suggestion with its stored score. */
export function scoredSuggestionRow(
  sqlite: BetterSqlite3.Database,
  id: string,
): ScoredSuggestionRow | undefined {
  return sqlite
    .prepare(
      `SELECT s.*, sc.score, sc.share, sc.rule_version FROM suggestions s
       LEFT JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       WHERE s.id = ? AND s.deleted_at IS NULL`,
    )
    .get(id) as ScoredSuggestionRow | undefined
}
