import type { Kysely, Selectable } from 'kysely'
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

export async function countActiveAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
