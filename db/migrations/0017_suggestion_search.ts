import { sql, type Kysely } from 'kysely'
import { splitLines, suggestionSearchDocuments } from '../../shared/suggestions/searchDocuments'

/**
 * Suggestion title, submitter and employer search from FTS indexes, as persons are searched:
 * scanning the text of 50k suggestions took 60–90 ms and the employer filter 300 ms, over the
 * 50 ms budget; the kind + status filter gets an index for the same reason. The documents sit in suggestion_scores (local, derived, written only by the
 * rescoring) and triggers keep both contentless indexes in step with it, whatever deletes a
 * score row; a write that leaves the text as it was (a rule change) leaves the indexes alone:
 * re-indexing 7.5k unchanged rows took 40 s.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Rebuilt with an INTEGER PRIMARY KEY for the indexes to point at: an implicit rowid may
  // change on VACUUM. The rows are local and derived; the old scores are copied as they are.
  // `facts` stays empty until the next rescoring fills it the long way.
  await sql`
    CREATE TABLE suggestion_scores_keyed (
      rid INTEGER PRIMARY KEY,
      suggestion_id TEXT NOT NULL UNIQUE REFERENCES suggestions (id),
      rule_version INTEGER NOT NULL,
      score REAL NOT NULL,
      share REAL NOT NULL,
      submitted_on TEXT NOT NULL,
      facts TEXT NOT NULL DEFAULT '',
      search_text TEXT NOT NULL DEFAULT '',
      employers TEXT NOT NULL DEFAULT '',
      search_chars TEXT NOT NULL DEFAULT '',
      employer_chars TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)
  await sql`
    INSERT INTO suggestion_scores_keyed (suggestion_id, rule_version, score, share, submitted_on)
    SELECT sc.suggestion_id, sc.rule_version, sc.score, sc.share, s.submitted_on
    FROM suggestion_scores sc JOIN suggestions s ON s.id = sc.suggestion_id`.execute(db)
  await sql`DROP TABLE suggestion_scores`.execute(db)
  await sql`ALTER TABLE suggestion_scores_keyed RENAME TO suggestion_scores`.execute(db)
  // A text search pages in list order from this table alone (the list's own index is on
  // suggestions): looking 40k matches up by id in suggestions cost 200 ms.
  await sql`
    CREATE INDEX suggestion_scores_order ON suggestion_scores (submitted_on DESC, suggestion_id DESC)`.execute(
    db,
  )
  // A rule change groups the scores by facts and year and compares them from this index
  // alone: reading the wide rows themselves took most of a rescoring.
  await sql`
    CREATE INDEX suggestion_scores_facts
    ON suggestion_scores (facts, substr(submitted_on, 1, 4), score, share)`.execute(db)
  // The list filtered by kind and status within a year reads only the rows that match.
  await sql`
    CREATE INDEX suggestions_kind_status ON suggestions (kind, status, submitted_on)
    WHERE deleted_at IS NULL`.execute(db)
  for (const [table, tokenize] of [
    ['suggestion_fts_tri', 'trigram'],
    ['suggestion_fts_chars', 'unicode61'],
  ] as const)
    await sql`
      CREATE VIRTUAL TABLE ${sql.raw(table)} USING fts5 (
        text, employers, content = '', contentless_delete = 1, tokenize = ${sql.lit(tokenize)}
      )`.execute(db)
  const insert = `
    INSERT INTO suggestion_fts_tri (rowid, text, employers)
      VALUES (new.rid, new.search_text, new.employers);
    INSERT INTO suggestion_fts_chars (rowid, text, employers)
      VALUES (new.rid, new.search_chars, new.employer_chars);`
  const remove = `
    DELETE FROM suggestion_fts_tri WHERE rowid = old.rid;
    DELETE FROM suggestion_fts_chars WHERE rowid = old.rid;`
  await sql`
    CREATE TRIGGER suggestion_scores_index AFTER INSERT ON suggestion_scores
    BEGIN ${sql.raw(insert)} END`.execute(db)
  await sql`
    CREATE TRIGGER suggestion_scores_unindex AFTER DELETE ON suggestion_scores
    BEGIN ${sql.raw(remove)} END`.execute(db)
  await sql`
    CREATE TRIGGER suggestion_scores_reindex
    AFTER UPDATE OF search_text, employers, search_chars, employer_chars ON suggestion_scores
    WHEN old.search_text IS NOT new.search_text OR old.employers IS NOT new.employers
      OR old.search_chars IS NOT new.search_chars OR old.employer_chars IS NOT new.employer_chars
    BEGIN ${sql.raw(remove)} ${sql.raw(insert)} END`.execute(db)

  const rows = await sql<{
    id: string
    title: string
    names: string | null
    employers: string | null
  }>`
    SELECT s.id, s.title,
      (SELECT group_concat(m.name, char(10) ORDER BY m.seq) FROM suggestion_submitters m
       WHERE m.suggestion_id = s.id AND m.deleted_at IS NULL) AS names,
      (SELECT group_concat(m.employer, char(10) ORDER BY m.seq) FROM suggestion_submitters m
       WHERE m.suggestion_id = s.id AND m.deleted_at IS NULL) AS employers
    FROM suggestion_scores sc JOIN suggestions s ON s.id = sc.suggestion_id`.execute(db)
  for (const r of rows.rows) {
    const d = suggestionSearchDocuments(r.title, splitLines(r.names), splitLines(r.employers))
    await sql`
      UPDATE suggestion_scores SET search_text = ${d.search_text}, employers = ${d.employers},
        search_chars = ${d.search_chars}, employer_chars = ${d.employer_chars}
      WHERE suggestion_id = ${r.id}`.execute(db)
  }
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
