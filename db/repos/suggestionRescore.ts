import type BetterSqlite3 from 'better-sqlite3'

/** Suggestions sharing the facts of their score and the year that picks the rule version. */
export interface ScoreSignatureRow {
  facts: string
  year: string
}

export interface SignatureScore extends ScoreSignatureRow {
  rule_version: number
  score: number
  share: number
}

const SAME_SIGNATURE = `g.facts = suggestion_scores.facts
  AND g.year = substr(suggestion_scores.submitted_on, 1, 4)`

/**
 * Rescoring every score from the facts stored with it, without reading the suggestions and
 * their children again: each distinct (facts, year) is scored once by the caller, put in a
 * temporary table, and one UPDATE writes only the rows whose score differs.
 * Re-reading 50k suggestions' facts and writing scores one by one took over the 1 s budget.
 */
export class ScoreSignatures {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    sqlite.exec(`
      DROP TABLE IF EXISTS temp.rescore_sigs;
      CREATE TEMP TABLE rescore_sigs (
        facts TEXT, year TEXT, rule_version INTEGER, score REAL, share REAL,
        PRIMARY KEY (facts, year)) WITHOUT ROWID`)
  }

  /**
   * Live suggestions without a score row or whose row predates stored facts (migration 0017).
   * Score rows exist only for live suggestions (deleting one drops its row), so equal counts
   * mean none; the join is read only when they differ.
   */
  unscored(): string[] {
    const [live, withFacts] = this.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM suggestions WHERE deleted_at IS NULL),
           (SELECT count(*) FROM suggestion_scores WHERE facts <> '')`,
      )
      .raw()
      .get() as [number, number]
    if (live === withFacts) return []
    return this.sqlite
      .prepare(
        `SELECT s.id FROM suggestions s
         LEFT JOIN suggestion_scores sc ON sc.suggestion_id = s.id
         WHERE s.deleted_at IS NULL AND ifnull(sc.facts, '') = ''`,
      )
      .pluck()
      .all() as string[]
  }

  distinct(): ScoreSignatureRow[] {
    return this.sqlite
      .prepare(`SELECT DISTINCT facts, substr(submitted_on, 1, 4) AS year FROM suggestion_scores`)
      .all() as ScoreSignatureRow[]
  }

  /** Stores the signatures' scores and writes the rows that differ; answers how many changed. */
  apply(scores: readonly SignatureScore[]): number {
    const put = this.sqlite.prepare(
      'INSERT INTO temp.rescore_sigs VALUES (@facts, @year, @rule_version, @score, @share)',
    )
    for (const s of scores) put.run(s)
    // Only a changed score is written: bumping the version of every unchanged row rewrote
    // all 50k rows on each rule change.
    const changed = this.sqlite
      .prepare(
        `UPDATE suggestion_scores SET score = g.score, share = g.share, rule_version = g.rule_version
         FROM temp.rescore_sigs g WHERE ${SAME_SIGNATURE}
           AND (suggestion_scores.score <> g.score OR suggestion_scores.share <> g.share)`,
      )
      .run().changes
    return changed
  }

  dispose(): void {
    this.sqlite.exec('DROP TABLE IF EXISTS temp.rescore_sigs')
  }
}
