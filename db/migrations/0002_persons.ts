import { sql, type Kysely } from 'kysely'

/**
 * The person registry: persons with their child records, the two search indexes, and the
 * editable local dictionaries.
 *
 * `persons.rid` is a local integer key: FTS5 and the in-memory list index address rows by
 * integer, and a stable INTEGER PRIMARY KEY survives VACUUM (an implicit rowid does not).
 * The travelling key is `id` (UUIDv7). Child rows hang off `rid`, are rewritten whenever the
 * person is saved and travel as part of the person's change_log entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE persons (
      rid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      -- Set when purged from the recycle bin: personal fields are wiped and the row stays as
      -- a tombstone, so the deletion can travel upward.
      purged_at TEXT,
      name TEXT NOT NULL,
      former_names TEXT,
      sex TEXT,
      ethnicity TEXT,
      birth_date TEXT,
      native_place TEXT,
      birth_place TEXT,
      id_number TEXT,
      political_status TEXT,
      political_joined_on TEXT,
      political_status2 TEXT,
      political_joined_on2 TEXT,
      education TEXT,
      degree TEXT,
      school_major TEXT,
      title TEXT,
      title_level TEXT,
      employer TEXT,
      job_title TEXT,
      employer_type TEXT,
      township TEXT,
      community TEXT,
      grid TEXT,
      phone TEXT,
      email TEXT,
      address TEXT,
      team TEXT,
      talent_level TEXT,
      management_level TEXT,
      status TEXT NOT NULL DEFAULT '1',
      status_date TEXT,
      status_reason TEXT,
      source TEXT,
      collected_on TEXT,
      remarks TEXT,
      performance TEXT,
      influence TEXT,
      is_demo INTEGER NOT NULL DEFAULT 0,
      -- Search keys, derived from the fields above on every write.
      name_py TEXT NOT NULL DEFAULT '',
      name_initials TEXT NOT NULL DEFAULT '',
      id_rev TEXT,
      phone_rev TEXT
    ) STRICT`.execute(db)
  // Live rows only: search never returns what sits in the recycle bin.
  await sql`CREATE INDEX persons_live_name ON persons (name, birth_date) WHERE deleted_at IS NULL`.execute(
    db,
  )
  await sql`CREATE INDEX persons_live_py ON persons (name_py) WHERE deleted_at IS NULL`.execute(db)
  await sql`CREATE INDEX persons_live_initials ON persons (name_initials, name_py) WHERE deleted_at IS NULL`.execute(
    db,
  )
  await sql`CREATE INDEX persons_live_id_rev ON persons (id_rev) WHERE deleted_at IS NULL`.execute(
    db,
  )
  await sql`CREATE INDEX persons_live_phone_rev ON persons (phone_rev) WHERE deleted_at IS NULL`.execute(
    db,
  )
  // Duplicate checks look at the recycle bin too.
  await sql`CREATE INDEX persons_id_number ON persons (id_number) WHERE id_number IS NOT NULL`.execute(
    db,
  )
  await sql`
    CREATE INDEX persons_binned ON persons (deleted_at, name)
    WHERE deleted_at IS NOT NULL AND purged_at IS NULL`.execute(db)
  await sql`CREATE INDEX persons_demo ON persons (is_demo) WHERE is_demo = 1`.execute(db)

  await sql`
    CREATE TABLE person_categories (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      code TEXT NOT NULL,
      detail TEXT,
      PRIMARY KEY (person_rid, code)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX person_categories_code ON person_categories (code, person_rid)`.execute(db)

  await sql`
    CREATE TABLE person_tags (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (person_rid, tag)
    ) STRICT, WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX person_tags_tag ON person_tags (tag, person_rid)`.execute(db)

  await sql`
    CREATE TABLE person_seats (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      body TEXT NOT NULL CHECK (body IN ('npc', 'cppcc')),
      session TEXT,
      level TEXT,
      post TEXT,
      term_start TEXT,
      term_end TEXT,
      sector TEXT,
      PRIMARY KEY (person_rid, ord)
    ) STRICT, WITHOUT ROWID`.execute(db)

  await sql`
    CREATE TABLE person_posts (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      org TEXT NOT NULL,
      post TEXT,
      start_date TEXT,
      end_date TEXT,
      PRIMARY KEY (person_rid, ord)
    ) STRICT, WITHOUT ROWID`.execute(db)

  await sql`
    CREATE TABLE person_education (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      school TEXT NOT NULL,
      major TEXT,
      education TEXT,
      degree TEXT,
      start_date TEXT,
      end_date TEXT,
      PRIMARY KEY (person_rid, ord)
    ) STRICT, WITHOUT ROWID`.execute(db)

  await sql`
    CREATE TABLE person_awards (
      person_rid INTEGER NOT NULL REFERENCES persons (rid) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      name TEXT NOT NULL,
      level TEXT,
      awarded_on TEXT,
      issuer TEXT,
      PRIMARY KEY (person_rid, ord)
    ) STRICT, WITHOUT ROWID`.execute(db)

  // Substrings of 3+ characters (STACK.md: trigram finds nothing below 3). Contentless: the
  // text lives in persons; rows are written and removed by the repo in the same transaction.
  await sql`
    CREATE VIRTUAL TABLE person_fts_tri USING fts5 (
      name, former_names, employer,
      content = '', contentless_delete = 1, tokenize = 'trigram'
    )`.execute(db)
  // 1–2 character queries: the name's characters separated by spaces, one token each.
  await sql`
    CREATE VIRTUAL TABLE person_fts_chars USING fts5 (
      chars,
      content = '', contentless_delete = 1, tokenize = 'unicode61'
    )`.execute(db)

  // A person's change history is read from the audit log by object.
  await sql`CREATE INDEX audit_log_object ON audit_log (object_type, object_id)`.execute(db)

  await sql`
    CREATE TABLE dictionaries (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      kind TEXT NOT NULL,
      code TEXT NOT NULL,
      name TEXT NOT NULL,
      parent_code TEXT,
      sort INTEGER NOT NULL DEFAULT 0,
      disabled INTEGER NOT NULL DEFAULT 0
    ) STRICT`.execute(db)
  await sql`CREATE UNIQUE INDEX dictionaries_code ON dictionaries (kind, code) WHERE deleted_at IS NULL`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
