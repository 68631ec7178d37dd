import { sql, type Kysely } from 'kysely'

/**
 * 活动统计 counts each held activity's participants marked present. Without this index the
 * count looked up every participant's row for its attendance: at a province ~30,000 rows
 * of a 20 MB table for one year's figures, pages the app's cache had mostly let go by the
 * next call, each decrypted and HMAC-checked again (statistics.activities 1.4–1.8× its
 * plain figure at p50, scripts/bench/README.md "Data at rest"). The count now reads this
 * index alone, a few hundred pages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX participants_present ON participants (activity_id)
    WHERE deleted_at IS NULL AND attendance = 'present'`.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('down migrations are not supported: restore a backup instead')
}
