import { sql, type Kysely, type Selectable } from 'kysely'
import type { UserRow } from '../../shared/contract/users'
import type { Database, UsersTable } from '../schema'

export type UserRecord = Selectable<UsersTable>

export function toUserRow(u: UserRecord): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    disabled: u.disabled === 1,
    locked: u.locked_at !== null,
    failedAttempts: u.failed_attempts,
    lastLoginAt: u.last_login_at,
    createdAt: u.created_at,
  }
}

export function findUserByName(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
}

export function findUserById(db: Kysely<Database>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
}

export function listUsers(db: Kysely<Database>) {
  return db.selectFrom('users').selectAll().orderBy('created_at').execute()
}

export async function insertUser(db: Kysely<Database>, row: UserRecord): Promise<void> {
  await db.insertInto('users').values(row).execute()
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Omit<UserRecord, 'id'>>,
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute()
}

/**
 * Counts one wrong password in a single statement — the increment and the lock decided by
 * SQLite from the stored count — so that parallel processes never lose a failure. Answers
 * the count and lock as stored afterwards.
 */
export function countFailedAttempt(
  db: Kysely<Database>,
  id: string,
  now: string,
  lockAfter: number,
): Promise<{ failed_attempts: number; locked_at: string | null }> {
  return db
    .updateTable('users')
    .set({
      failed_attempts: sql<number>`failed_attempts + 1`,
      last_failed_at: now,
      locked_at: sql<
        string | null
      >`CASE WHEN locked_at IS NULL AND failed_attempts + 1 >= ${lockAfter} THEN ${now} ELSE locked_at END`,
      updated_at: now,
    })
    .where('id', '=', id)
    .returning(['failed_attempts', 'locked_at'])
    .executeTakeFirstOrThrow()
}

/**
 * Failures counted while the encrypted database was closed (electron/core/lockedAttempts.ts)
 * join the user's own count; the lock follows from the sum. Answers the user's id, or
 * undefined for a username the table does not hold.
 */
export async function addFailedAttempts(
  db: Kysely<Database>,
  username: string,
  attempts: { failed: number; lastFailedAt: string; lockedAt: string | null },
  lockAfter: number,
  now: string,
): Promise<string | undefined> {
  const lockAt = attempts.lockedAt ?? attempts.lastFailedAt
  const row = await db
    .updateTable('users')
    .set({
      failed_attempts: sql<number>`failed_attempts + ${attempts.failed}`,
      last_failed_at: attempts.lastFailedAt,
      locked_at: sql<
        string | null
      >`CASE WHEN locked_at IS NULL AND failed_attempts + ${attempts.failed} >= ${lockAfter} THEN ${lockAt} ELSE locked_at END`,
      updated_at: now,
    })
    .where('username', '=', username)
    .returning(['id'])
    .executeTakeFirst()
  return row?.id
}

/**
 * After a right password: the count starts again, unless another process locked or disabled
 * the account while the password was being checked (then false, and nothing changes).
 */
export async function clearFailedAttempts(
  db: Kysely<Database>,
  id: string,
  patch: Partial<Omit<UserRecord, 'id' | 'failed_attempts' | 'last_failed_at'>>,
): Promise<boolean> {
  const row = await db
    .updateTable('users')
    .set({ ...patch, failed_attempts: 0, last_failed_at: null })
    .where('id', '=', id)
    .where('locked_at', 'is', null)
    .where('disabled', '=', 0)
    .returning('id')
    .executeTakeFirst()
  return row !== undefined
}

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
