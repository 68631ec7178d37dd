import { sql, type Kysely } from 'kysely'

/**
 * 建言献策: a suggestion with its submitters, adoptions, leader instructions (批示) and
 * attachments travel upward (UUIDv7 id, owning site, HLC stamps, tombstone). Scoring is
 * local: the rule versions, each suggestion's computed score and the locked yearly figures
 * stay on this machine and are derived again from the travelling rows when needed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE suggestions (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      submitted_on TEXT NOT NULL,
      channel TEXT,
      receiving_body TEXT,
      summary TEXT,
      full_text TEXT,
      status TEXT NOT NULL CHECK (status IN
        ('submitted', 'adopted', 'rejected', 'in_progress', 'done')),
      outcome TEXT,
      activity_id TEXT REFERENCES activities (id),
      remarks TEXT
    ) STRICT`.execute(db)
  // The list order: a page is read from this index alone, however deep.
  await sql`
    CREATE INDEX suggestions_order ON suggestions (submitted_on DESC, id DESC)
    WHERE deleted_at IS NULL`.execute(db)

  // The name and employer are kept as text so a person removed from the register still
  // reads as the author; person_id is null for a co-author who is not in the register.
  await sql`
    CREATE TABLE suggestion_submitters (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      suggestion_id TEXT NOT NULL REFERENCES suggestions (id),
      person_id TEXT REFERENCES persons (id),
      name TEXT NOT NULL,
      employer TEXT,
      seq INTEGER NOT NULL CHECK (seq >= 1),
      is_lead INTEGER NOT NULL DEFAULT 0 CHECK (is_lead IN (0, 1))
    ) STRICT`.execute(db)
  await sql`
    CREATE INDEX suggestion_submitters_of ON suggestion_submitters (suggestion_id)
    WHERE deleted_at IS NULL`.execute(db)
  await sql`
    CREATE INDEX suggestion_submitters_person ON suggestion_submitters (person_id)
    WHERE deleted_at IS NULL`.execute(db)

  await sql`
    CREATE TABLE suggestion_adoptions (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      suggestion_id TEXT NOT NULL REFERENCES suggestions (id),
      body TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('county', 'city', 'province', 'national')),
      adopted_on TEXT NOT NULL,
      how TEXT NOT NULL CHECK (how IN ('published', 'forwarded', 'adopted'))
    ) STRICT`.execute(db)
  await sql`
    CREATE INDEX suggestion_adoptions_of ON suggestion_adoptions (suggestion_id)
    WHERE deleted_at IS NULL`.execute(db)

  await sql`
    CREATE TABLE suggestion_instructions (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      suggestion_id TEXT NOT NULL REFERENCES suggestions (id),
      leader TEXT NOT NULL,
      level TEXT NOT NULL CHECK (level IN ('county', 'city', 'province', 'national')),
      instructed_on TEXT NOT NULL,
      content TEXT
    ) STRICT`.execute(db)
  await sql`
    CREATE INDEX suggestion_instructions_of ON suggestion_instructions (suggestion_id)
    WHERE deleted_at IS NULL`.execute(db)

  // Local: the scoring rules as edited, one row per saved version.
  await sql`
    CREATE TABLE suggestion_rule_versions (
      version INTEGER PRIMARY KEY,
      rules TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT
    ) STRICT`.execute(db)

  // Local and derived: recomputed from the travelling rows and the rules in force. The
  // title and submitter names sit here too, so a search scans one narrow table.
  await sql`
    CREATE TABLE suggestion_scores (
      suggestion_id TEXT PRIMARY KEY REFERENCES suggestions (id),
      rule_version INTEGER NOT NULL,
      score REAL NOT NULL,
      share REAL NOT NULL,
      search_text TEXT NOT NULL DEFAULT ''
    ) STRICT`.execute(db)

  // Local: a locked year keeps the rule version it was counted with, and its totals.
  await sql`
    CREATE TABLE suggestion_year_locks (
      year INTEGER PRIMARY KEY,
      rule_version INTEGER NOT NULL,
      figures TEXT NOT NULL,
      locked_at TEXT NOT NULL,
      locked_by TEXT
    ) STRICT`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
