/** Roles, weakest first. `public` needs no session (first-run setup, login, status). */
export const ROLES = ['viewer', 'operator', 'admin'] as const
export type Role = (typeof ROLES)[number]
export type Access = Role | 'public' | 'session'

/** True when a user holding `held` may call a procedure that needs `needed`. */
export function roleAllows(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed)
}
