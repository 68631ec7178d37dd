import { z } from 'zod'
import { procedure } from './procedure'
import { displayNameField, idField, newPasswordField, roleField, usernameField } from './fields'
import type { Role } from './roles'

export interface UserRow {
  id: string
  username: string
  displayName: string
  role: Role
  disabled: boolean
  /** Locked after too many wrong passwords; an admin unlocks. */
  locked: boolean
  failedAttempts: number
  lastLoginAt: string | null
  createdAt: string
}

export const usersContract = {
  'users.list': procedure<UserRow[]>()({ input: z.strictObject({}), access: 'admin' }),
  'users.create': procedure<UserRow>()({
    input: z.strictObject({
      username: usernameField,
      displayName: displayNameField,
      role: roleField,
      password: newPasswordField,
    }),
    access: 'admin',
    audited: true,
  }),
  'users.update': procedure<UserRow>()({
    input: z.strictObject({
      id: idField,
      displayName: displayNameField.optional(),
      role: roleField.optional(),
      disabled: z.boolean().optional(),
    }),
    access: 'admin',
    audited: true,
  }),
  /** Sets a temporary password; the user must change it at next sign-in. */
  'users.resetPassword': procedure<null>()({
    input: z.strictObject({ id: idField, password: newPasswordField }),
    access: 'admin',
    audited: true,
  }),
  'users.unlock': procedure<UserRow>()({
    input: z.strictObject({ id: idField }),
    access: 'admin',
    audited: true,
  }),
}
