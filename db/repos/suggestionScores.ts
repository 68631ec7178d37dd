import type BetterSqlite3 from 'better-sqlite3'
import { SUGGESTION_LEVELS } from '../../shared/contract/suggestions'
import type {
  SuggestionRuleVersionsTable,
  SuggestionScoresTable,
  SuggestionYearLocksTable,
} from '../schema'

export type RuleVersionRow = SuggestionRuleVersionsTable
export type YearLockRow = SuggestionYearLocksTable

export function ruleVersionRows(sqlite: BetterSqlite3.Database): RuleVersionRow[] {
  return sqlite
    .prepare('SELECT * FROM suggestion_rule_versions ORDER BY version')
    .all() as RuleVersionRow[]
}

export function insertRuleVersion(sqlite: BetterSqlite3.Database, row: RuleVersionRow): void {
  sqlite
    .prepare(
      `INSERT INTO suggestion_rule_versions (version, rules, created_at, created_by)
       VALUES (@version, @rules, @created_at, @created_by)`,
    )
    .run(row)
}

export function yearLockRows(sqlite: BetterSqlite3.Database): YearLockRow[] {
  return sqlite
    .prepare('SELECT * FROM suggestion_year_locks ORDER BY year DESC')
    .all() as YearLockRow[]
}

export function insertYearLock(sqlite: BetterSqlite3.Database, row: YearLockRow): void {
  sqlite
    .prepare(
      `INSERT INTO suggestion_year_locks (year, rule_version, figures, locked_at, locked_by)
       VALUES (@year, @rule_version, @figures, @locked_at, @locked_by)`,
    )
    .run(row)
}

/** What a score is computed from, for every live suggestion or for the ones named. */
export interface ScoreFactRow {
  id: string
  kind: string
  channel: string | null
  submitted_on: string
  /** LEVEL_COUNTS of the adoptions and 批示; null when there are none. */
  adoption_levels: string | null
  instruction_levels: string | null
  authors: number
  title: string
  /** Submitter names and employers, newline-joined in submitter order. */
  names: string | null
  employer_lines: string | null
  stored_text: string | null
  stored_employers: string | null
  stored_submitted_on: string | null
  stored_facts: string | null
  score: number | null
  share: number | null
  rule_version: number | null
}

/**
 * How many rows of each level, in SUGGESTION_LEVELS order (`0,1,0,0`): equal facts read as
 * equal text without sorting each suggestion's levels.
 */
const LEVEL_COUNTS = `printf('%d,%d,%d,%d', ${SUGGESTION_LEVELS.map((l) => `sum(level = '${l}')`).join(', ')})`

/**
 * Each child table read once, grouped, then joined to the suggestions: a subquery per
 * suggestion and child table cost twice as long when a rule change rescored every suggestion.
 */
function scoreFactsFrom(onlyIds: boolean): string {
  const only = (column: string) =>
    onlyIds ? `AND ${column} IN (SELECT value FROM json_each(@ids))` : ''
  const perSuggestion = (table: string, select: string) =>
    `SELECT suggestion_id, ${select} FROM ${table}
     WHERE deleted_at IS NULL ${only('suggestion_id')} GROUP BY suggestion_id`
  return `
    ad AS (${perSuggestion('suggestion_adoptions', `${LEVEL_COUNTS} AS levels`)}),
    ins AS (${perSuggestion('suggestion_instructions', `${LEVEL_COUNTS} AS levels`)}),
    sub AS (${perSuggestion(
      'suggestion_submitters',
      `count(*) AS n, group_concat(name, char(10) ORDER BY seq) AS names,
       group_concat(employer, char(10) ORDER BY seq) AS employers`,
    )}),
    facts AS (
      SELECT s.id, s.kind, s.channel, s.submitted_on, s.title,
        ad.levels AS adoption_levels, ins.levels AS instruction_levels,
        ifnull(sub.n, 0) AS authors, sub.names, sub.employers AS employer_lines
      FROM suggestions s
        LEFT JOIN ad ON ad.suggestion_id = s.id
        LEFT JOIN ins ON ins.suggestion_id = s.id
        LEFT JOIN sub ON sub.suggestion_id = s.id
      WHERE s.deleted_at IS NULL ${only('s.id')})`
}

export function scoreFactRows(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[] | null,
): ScoreFactRow[] {
  return sqlite
    .prepare(
      `WITH ${scoreFactsFrom(ids !== null)}
       SELECT f.*, sc.score, sc.share, sc.rule_version,
         sc.search_text AS stored_text, sc.employers AS stored_employers,
         sc.submitted_on AS stored_submitted_on, sc.facts AS stored_facts
       FROM facts f LEFT JOIN suggestion_scores sc ON sc.suggestion_id = f.id`,
    )
    .all(ids ? { ids: JSON.stringify(ids) } : {}) as ScoreFactRow[]
}

/**
 * Removes the score rows (and so the search entries) of suggestions no longer live, all or
 * the ones named: a deletion that arrives in a package does not pass the delete handler.
 */
export function dropScoresOfDeleted(
  sqlite: BetterSqlite3.Database,
  ids: readonly string[] | null,
): void {
  sqlite
    .prepare(
      `DELETE FROM suggestion_scores WHERE suggestion_id NOT IN
         (SELECT id FROM suggestions WHERE deleted_at IS NULL)
       ${ids ? 'AND suggestion_id IN (SELECT value FROM json_each(?))' : ''}`,
    )
    .run(...(ids ? [JSON.stringify(ids)] : []))
}

export type StoredScore = Omit<SuggestionScoresTable, 'rid'>

export function upsertScores(sqlite: BetterSqlite3.Database, rows: readonly StoredScore[]): void {
  const put = sqlite.prepare(
    `INSERT INTO suggestion_scores (suggestion_id, rule_version, score, share, submitted_on,
       facts, search_text, employers, search_chars, employer_chars)
     VALUES (@suggestion_id, @rule_version, @score, @share, @submitted_on,
       @facts, @search_text, @employers, @search_chars, @employer_chars)
     ON CONFLICT (suggestion_id) DO UPDATE SET rule_version = excluded.rule_version,
       score = excluded.score, share = excluded.share, submitted_on = excluded.submitted_on,
       facts = excluded.facts,
       search_text = excluded.search_text,
       employers = excluded.employers, search_chars = excluded.search_chars,
       employer_chars = excluded.employer_chars`,
  )
  for (const r of rows) put.run(r)
}

const YEAR = `s.submitted_on BETWEEN ? AND ?`
const yearParams = (year: number | null) =>
  year === null ? ['0000-01-01', '9999-12-31'] : [`${year}-01-01`, `${year}-12-31`]

export interface PersonScoreRow {
  person_id: string | null
  name: string
  employer: string | null
  count: number
  score: number
}

/** Points per submitter (a register person, or a co-author by name and employer). */
export function personScoreRows(
  sqlite: BetterSqlite3.Database,
  year: number | null,
): PersonScoreRow[] {
  return sqlite
    .prepare(
      `SELECT m.person_id, max(m.name) AS name, max(m.employer) AS employer,
         count(DISTINCT s.id) AS count, round(sum(sc.share), 2) AS score
       FROM suggestion_submitters m
       JOIN suggestions s ON s.id = m.suggestion_id AND s.deleted_at IS NULL
       JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       WHERE m.deleted_at IS NULL AND ${YEAR}
       GROUP BY ifnull(m.person_id, m.name || '|' || ifnull(m.employer, ''))
       ORDER BY score DESC, count DESC, name`,
    )
    .all(...yearParams(year)) as PersonScoreRow[]
}

/** Points per submitter's employer: the shares of its people. */
export function employerScoreRows(
  sqlite: BetterSqlite3.Database,
  year: number | null,
): { employer: string; count: number; score: number }[] {
  return sqlite
    .prepare(
      `SELECT m.employer, count(DISTINCT s.id) AS count, round(sum(sc.share), 2) AS score
       FROM suggestion_submitters m
       JOIN suggestions s ON s.id = m.suggestion_id AND s.deleted_at IS NULL
       JOIN suggestion_scores sc ON sc.suggestion_id = s.id
       WHERE m.deleted_at IS NULL AND ifnull(m.employer, '') <> '' AND ${YEAR}
       GROUP BY m.employer ORDER BY score DESC, count DESC, m.employer`,
    )
    .all(...yearParams(year)) as { employer: string; count: number; score: number }[]
}

export interface YearFigureRow {
  submitted: number
  adopted: number
  with_instruction: number
  points: number
  county: number
  city: number
  province: number
  national: number
}

/** The upward indicators of a year: counts by the highest adoption level, 批示, points. */
export function yearFigureRow(sqlite: BetterSqlite3.Database, year: number | null): YearFigureRow {
  const [from, to] = yearParams(year) as [string, string]
  return periodFigureRow(sqlite, from, to)
}

/**
 * The upward figures of suggestions submitted between two days (inclusive): each suggestion
 * counted once, at the highest level that adopted it. The 台账, the ranking and the statistics
 * indicators all read this one count.
 */
export function periodFigureRow(
  sqlite: BetterSqlite3.Database,
  from: string,
  to: string,
  /** Owning units (site ids) to count, or null for every suggestion held here. */
  sites: readonly string[] | null = null,
): YearFigureRow {
  const inScope = sites ? ' AND s.site_id IN (SELECT value FROM json_each(?))' : ''
  return sqlite
    .prepare(
      `WITH y AS (
         SELECT s.id, sc.score,
           (SELECT max(CASE a.level WHEN 'county' THEN 1 WHEN 'city' THEN 2
              WHEN 'province' THEN 3 WHEN 'national' THEN 4 END)
            FROM suggestion_adoptions a WHERE a.suggestion_id = s.id AND a.deleted_at IS NULL) AS top,
           EXISTS (SELECT 1 FROM suggestion_instructions i
             WHERE i.suggestion_id = s.id AND i.deleted_at IS NULL) AS instructed
         FROM suggestions s LEFT JOIN suggestion_scores sc ON sc.suggestion_id = s.id
         WHERE s.deleted_at IS NULL AND ${YEAR}${inScope})
       SELECT count(*) AS submitted, count(top) AS adopted,
         ifnull(sum(instructed), 0) AS with_instruction, round(ifnull(sum(score), 0), 2) AS points,
         ifnull(sum(top = 1), 0) AS county, ifnull(sum(top = 2), 0) AS city,
         ifnull(sum(top = 3), 0) AS province, ifnull(sum(top = 4), 0) AS national
       FROM y`,
    )
    .get(from, to, ...(sites ? [JSON.stringify(sites)] : [])) as YearFigureRow
}
