import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database, OwnKeysTable } from '../../../../db/schema'
import { uuidv7 } from '../../../../shared/ids/uuidv7'
import { generateUnitKeys } from '../crypto/keys'

/** This unit's active key pair, made on first use (UPWARD.md "Units and keys"). */
export async function activeOwnKey(db: Kysely<Database>, nowIso: string): Promise<OwnKeysTable> {
  const existing = await db
    .selectFrom('own_keys')
    .selectAll()
    .where('status', '=', 'active')
    .executeTakeFirst()
  if (existing) return existing
  return insertOwnKey(db, nowIso)
}

/**
 * The same on the raw handle, for a caller already inside its own BEGIN IMMEDIATE (audit
 * checkpoints): read and create happen under one write lock, so two processes starting at
 * once never both make a key.
 */
export function activeOwnKeySync(sqlite: BetterSqlite3.Database, nowIso: string): OwnKeysTable {
  const existing = sqlite.prepare("SELECT * FROM own_keys WHERE status = 'active'").get() as
    OwnKeysTable | undefined
  if (existing) return existing
  const row = newOwnKeyRow(nowIso)
  sqlite
    .prepare(
      `INSERT INTO own_keys (id, created_at, sign_public, sign_private, box_public, box_private, fingerprint, status, retired_at)
       VALUES (@id, @created_at, @sign_public, @sign_private, @box_public, @box_private, @fingerprint, @status, @retired_at)`,
    )
    .run(row)
  return row
}

async function insertOwnKey(db: Kysely<Database>, nowIso: string): Promise<OwnKeysTable> {
  const row = newOwnKeyRow(nowIso)
  await db.insertInto('own_keys').values(row).execute()
  return row
}

function newOwnKeyRow(nowIso: string): OwnKeysTable {
  const keys = generateUnitKeys()
  return {
    id: uuidv7(),
    created_at: nowIso,
    sign_public: keys.signPublic,
    sign_private: keys.signPrivate,
    box_public: keys.boxPublic,
    box_private: keys.boxPrivate,
    fingerprint: keys.fingerprint,
    status: 'active',
    retired_at: null,
  }
}

/** Rotation: the old pair is retired (kept to open packages already sealed to it). */
export async function rotateOwnKey(
  db: Kysely<Database>,
  nowIso: string,
): Promise<{ previous: OwnKeysTable; current: OwnKeysTable }> {
  const previous = await activeOwnKey(db, nowIso)
  await db
    .updateTable('own_keys')
    .set({ status: 'retired', retired_at: nowIso })
    .where('id', '=', previous.id)
    .execute()
  return { previous, current: await insertOwnKey(db, nowIso) }
}

export async function allOwnKeys(db: Kysely<Database>): Promise<OwnKeysTable[]> {
  return db.selectFrom('own_keys').selectAll().orderBy('created_at', 'desc').execute()
}
