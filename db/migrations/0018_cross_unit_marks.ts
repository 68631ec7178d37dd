import { sql, type Kysely } from 'kysely'

/**
 * An upper unit's verdict on two records of different units that carry one ID number
 * (跨单位重复人员): the person moved from one unit to the other (迁移), or the two are
 * different people after all (确认不同). The pair is two person ids, the smaller first, so a
 * pair is one row whichever side it was marked from. Marks travel upward with the unit's rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE cross_unit_marks (
      id TEXT PRIMARY KEY,
      site_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      person_a TEXT NOT NULL,
      person_b TEXT NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('moved', 'distinct')),
      note TEXT,
      CHECK (person_a < person_b)
    ) STRICT`.execute(db)
  await sql`
    CREATE UNIQUE INDEX cross_unit_marks_pair
    ON cross_unit_marks (site_id, person_a, person_b) WHERE deleted_at IS NULL`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
