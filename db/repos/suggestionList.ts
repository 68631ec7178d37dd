import type BetterSqlite3 from 'better-sqlite3'
import { textMatch } from '../../electron/services/search/textMatch'
import type { SuggestionRow } from './suggestions'
import { unitScopeSql } from './units'

export interface SuggestionFilter {
  year?: number | undefined
  kind?: string | undefined
  status?: string | undefined
  level?: string | undefined
  personId?: string | undefined
  employer?: string | undefined
  query?: string | undefined
  /** Units by 行政区划代码 (see persons' `units`); absent or empty: every unit's. */
  units?: string[] | undefined
}

const SUBMITTER = `EXISTS (SELECT 1 FROM suggestion_submitters m
  WHERE m.suggestion_id = s.id AND m.deleted_at IS NULL AND`

/** A text filter as a condition on suggestion_scores (its rid is what the FTS tables hold). */
interface TextCondition {
  table: string
  sql: string
  param: string
}

/**
 * Suggestions whose title and submitter names (`text`) or submitter employers (`employers`)
 * contain a text, from the FTS indexes over suggestion_scores (migration 0017); null for a
 * text with nothing to search.
 */
function containing(column: 'text' | 'employers', raw: string | undefined): TextCondition | null {
  const m = raw ? textMatch(raw) : null
  if (!m) return null
  const table = `suggestion_fts_${m.index}`
  return {
    table,
    sql: `rid IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ?)`,
    param: `${column} : ${m.phrase}`,
  }
}

function textConditions(f: SuggestionFilter): TextCondition[] {
  return [containing('employers', f.employer), containing('text', f.query)].filter(
    (c): c is TextCondition => c !== null,
  )
}

/** Only search texts: the list can be answered from suggestion_scores and the indexes. */
function onlyText(f: SuggestionFilter): boolean {
  return !f.year && !f.kind && !f.status && !f.level && !f.personId && !f.units?.length
}

/**
 * From this many matches on, a page is found by walking the list order and keeping matches;
 * below it, sorting the matches is cheaper than walking past the rows that do not match.
 * (Counting the rows to compare with churned the page cache and cost more than it saved.)
 */
export const DENSE_MATCHES = 2_000

/** The WHERE clause and its parameters. */
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
  if (f.units?.length) {
    const codes = JSON.stringify(f.units)
    add(`s.site_id IN (${unitScopeSql('?')})`, codes, codes)
  }
  for (const c of textConditions(f))
    add(`s.id IN (SELECT suggestion_id FROM suggestion_scores WHERE ${c.sql})`, c.param)
  return { sql: parts.join(' AND '), params }
}

export type ScoredSuggestionRow = SuggestionRow & {
  score: number | null
  share: number | null
  rule_version: number | null
}

/** A page of suggestions, newest first, with their stored scores; `denseFrom` for tests. */
export function listSuggestionRows(
  sqlite: BetterSqlite3.Database,
  f: SuggestionFilter,
  page: { offset: number; limit: number },
  denseFrom = DENSE_MATCHES,
): { total: number; rows: ScoredSuggestionRow[] } {
  const text = textConditions(f)
  if (text.length && onlyText(f)) return listByText(sqlite, text, page, denseFrom)
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

/**
 * A search with no other filter: counted and paged on suggestion_scores, whose rows are the
 * live suggestions (a deleted one loses its row), then only the page is read by id. Looking
 * every match up in suggestions cost 200 ms for an employer that 40k of 50k share.
 */
function listByText(
  sqlite: BetterSqlite3.Database,
  text: readonly TextCondition[],
  page: { offset: number; limit: number },
  denseFrom: number,
): { total: number; rows: ScoredSuggestionRow[] } {
  const match = text.map((c) => c.sql).join(' AND ')
  const params = text.map((c) => c.param)
  // One text is counted in its index alone: the index holds exactly the score rows.
  const total = sqlite
    .prepare(
      text.length === 1
        ? `SELECT count(*) FROM ${text[0]!.table} WHERE ${text[0]!.table} MATCH ?`
        : `SELECT count(*) FROM suggestion_scores WHERE ${match}`,
    )
    .pluck()
    .get(...params) as number
  const walk = total >= denseFrom ? 'INDEXED BY suggestion_scores_order' : ''
  const rows = sqlite
    .prepare(
      `SELECT s.*, sc.score, sc.share, sc.rule_version FROM (
         SELECT suggestion_id FROM suggestion_scores ${walk} WHERE ${match}
         ORDER BY submitted_on DESC, suggestion_id DESC LIMIT ? OFFSET ?) p
       JOIN suggestions s ON s.id = p.suggestion_id
       JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       ORDER BY s.submitted_on DESC, s.id DESC`,
    )
    .all(...params, page.limit, page.offset) as ScoredSuggestionRow[]
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
