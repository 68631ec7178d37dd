import type { Generated } from 'kysely'

/**
 * Row conventions for data that travels upward: UUIDv7 id, owning site, HLC stamps and a
 * tombstone. Local-only tables (users, audit_log, settings) do not carry them.
 */
export interface Travelling {
  id: string
  site_id: string
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export interface UnitsTable extends Travelling {
  code: string
  name: string
  level: 'province' | 'city' | 'county'
  /** 1 for this installation's own unit; others arrive in packages. */
  is_self: number
}

export interface UsersTable {
  id: string
  username: string
  display_name: string
  role: 'admin' | 'operator' | 'viewer'
  password_hash: string
  must_change_password: number
  disabled: number
  failed_attempts: number
  last_failed_at: string | null
  locked_at: string | null
  last_login_at: string | null
  created_at: string
  updated_at: string
}

export interface AuditLogTable {
  seq: Generated<number>
  at: string
  user_id: string | null
  username: string | null
  action: string
  object_type: string | null
  object_id: string | null
  result: 'ok' | 'denied' | 'failed'
  detail: string | null
  prev_hash: string
  hash: string
}

export interface ChangeLogTable {
  seq: Generated<number>
  table_name: string
  row_id: string
  op: 'insert' | 'update' | 'delete'
  hlc: string
  site_id: string
}

export interface SettingsTable {
  key: string
  value: string
}

export interface Database {
  units: UnitsTable
  users: UsersTable
  audit_log: AuditLogTable
  change_log: ChangeLogTable
  settings: SettingsTable
}
