import { sql, type Kysely } from 'kysely'

/**
 * Organizations (a tree) and their memberships, activities with their participants and
 * attachments. All of them travel upward: UUIDv7 id, owning site, HLC stamps, tombstone.
 * Uniqueness holds among live rows only, so a removed row can be added again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organizations (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      parent_id TEXT REFERENCES organizations (id),
      kind TEXT NOT NULL CHECK (kind IN
        ('association', 'branch', 'service_team', 'service_unit', 'practice_base', 'other')),
      name TEXT NOT NULL,
      short_name TEXT,
      level TEXT CHECK (level IN ('national', 'province', 'city', 'county', 'township')),
      founded_on TEXT,
      session_no TEXT,
      registration TEXT CHECK (registration IN ('registered', 'filed', 'none')),
      annual_review TEXT,
      service_field TEXT,
      leader_person_id TEXT REFERENCES persons (id),
      leader_name TEXT,
      host_type TEXT,
      host_org TEXT,
      named_on TEXT,
      batch TEXT,
      people_covered INTEGER CHECK (people_covered >= 0),
      township TEXT,
      exclusive INTEGER NOT NULL DEFAULT 0 CHECK (exclusive IN (0, 1)),
      sort INTEGER NOT NULL DEFAULT 0,
      remarks TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX organizations_parent ON organizations (parent_id) WHERE deleted_at IS NULL`.execute(
    db,
  )
  // Sibling names are unique per owning unit (another county's 新联会 may share a name).
  await sql`
    CREATE UNIQUE INDEX organizations_sibling_name
    ON organizations (site_id, ifnull(parent_id, ''), name) WHERE deleted_at IS NULL`.execute(db)

  await sql`
    CREATE TABLE memberships (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      organization_id TEXT NOT NULL REFERENCES organizations (id),
      person_id TEXT NOT NULL REFERENCES persons (id),
      post TEXT NOT NULL,
      term TEXT,
      start_date TEXT,
      end_date TEXT,
      remarks TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX memberships_org ON memberships (organization_id) WHERE deleted_at IS NULL`.execute(
    db,
  )
  await sql`CREATE INDEX memberships_person ON memberships (person_id) WHERE deleted_at IS NULL`.execute(
    db,
  )
  await sql`
    CREATE UNIQUE INDEX memberships_one_per_term
    ON memberships (organization_id, person_id, ifnull(term, '')) WHERE deleted_at IS NULL`.execute(
    db,
  )

  await sql`
    CREATE TABLE activities (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      type TEXT NOT NULL,
      title TEXT NOT NULL,
      theme TEXT,
      status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
      start_date TEXT NOT NULL,
      start_time TEXT,
      end_date TEXT,
      place TEXT,
      organization_id TEXT REFERENCES organizations (id),
      guide_units TEXT NOT NULL DEFAULT '[]',
      host_units TEXT NOT NULL DEFAULT '[]',
      organizer_units TEXT NOT NULL DEFAULT '[]',
      co_units TEXT NOT NULL DEFAULT '[]',
      planned_count INTEGER CHECK (planned_count >= 0),
      actual_count INTEGER CHECK (actual_count >= 0),
      description TEXT,
      beneficiaries INTEGER CHECK (beneficiaries >= 0),
      donation_fen INTEGER CHECK (donation_fen >= 0),
      goods_fen INTEGER CHECK (goods_fen >= 0),
      cost_fen INTEGER CHECK (cost_fen >= 0),
      volunteer_hours REAL CHECK (volunteer_hours >= 0),
      online_views INTEGER CHECK (online_views >= 0),
      news_links TEXT NOT NULL DEFAULT '[]',
      training_days REAL CHECK (training_days >= 0),
      training_level TEXT,
      training_school TEXT,
      remarks TEXT
    ) STRICT`.execute(db)
  await sql`CREATE INDEX activities_date ON activities (start_date) WHERE deleted_at IS NULL`.execute(
    db,
  )

  await sql`
    CREATE TABLE participants (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      activity_id TEXT NOT NULL REFERENCES activities (id),
      person_id TEXT NOT NULL REFERENCES persons (id),
      seq INTEGER NOT NULL CHECK (seq >= 1),
      role TEXT NOT NULL DEFAULT 'attendee' CHECK (role IN ('host', 'speaker', 'attendee', 'staff')),
      attendance TEXT NOT NULL DEFAULT 'registered'
        CHECK (attendance IN ('registered', 'present', 'absent', 'leave')),
      remarks TEXT
    ) STRICT`.execute(db)
  await sql`
    CREATE UNIQUE INDEX participants_person
    ON participants (activity_id, person_id) WHERE deleted_at IS NULL`.execute(db)
  await sql`
    CREATE UNIQUE INDEX participants_seq
    ON participants (activity_id, seq) WHERE deleted_at IS NULL`.execute(db)
  await sql`CREATE INDEX participants_of_person ON participants (person_id) WHERE deleted_at IS NULL`.execute(
    db,
  )

  await sql`
    CREATE TABLE activity_attachments (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      activity_id TEXT NOT NULL REFERENCES activities (id),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      size INTEGER NOT NULL CHECK (size > 0),
      mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')),
      file_name TEXT NOT NULL,
      caption TEXT
    ) STRICT`.execute(db)
  await sql`
    CREATE UNIQUE INDEX activity_attachments_file
    ON activity_attachments (activity_id, sha256) WHERE deleted_at IS NULL`.execute(db)
  await sql`CREATE INDEX activity_attachments_hash ON activity_attachments (sha256)`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
