import { sql, type Kysely } from 'kysely'

/**
 * Relay to the province (UPWARD.md "After import"). The city keeps each county package's
 * signed manifest and the point of its own change log the package reached, so a relay can
 * carry the county's signature as evidence and an incremental relay knows which county
 * packages are new. The province keeps that evidence per county package, and knows each
 * county through the city whose relays brought it (units.via_unit_id, local: never travels).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE packages ADD COLUMN manifest TEXT`.execute(db)
  await sql`ALTER TABLE packages ADD COLUMN signature TEXT`.execute(db)
  await sql`ALTER TABLE packages ADD COLUMN applied_seq INTEGER`.execute(db)
  await sql`ALTER TABLE units ADD COLUMN via_unit_id TEXT`.execute(db)
  await sql`
    CREATE TABLE relayed_packages (
      id TEXT PRIMARY KEY,
      relay_package_id TEXT NOT NULL,
      via_unit_id TEXT NOT NULL,
      sender_unit_id TEXT NOT NULL,
      sender_code TEXT NOT NULL,
      sender_name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('full', 'incremental')),
      period TEXT NOT NULL,
      created_at TEXT NOT NULL,
      applied_at TEXT,
      status TEXT NOT NULL,
      status_reason TEXT,
      status_at TEXT NOT NULL,
      counts TEXT NOT NULL,
      applied_counts TEXT,
      file_sha256 TEXT NOT NULL,
      manifest TEXT,
      signature TEXT,
      signature_verified INTEGER NOT NULL CHECK (signature_verified IN (0, 1)),
      received_at TEXT NOT NULL
    ) STRICT`.execute(db)
  await sql`CREATE INDEX relayed_packages_via ON relayed_packages (via_unit_id, sender_code, period)`.execute(
    db,
  )
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
