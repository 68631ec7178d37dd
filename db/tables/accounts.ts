import type { Generated } from 'kysely'

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

export interface AuditCheckpointsTable {
  n: Generated<number>
  reason: 'package' | 'backup' | 'daily' | 'export'
  local_day: string
  seq: number
  hash: string
  at: string
  unit_code: string
  key_fingerprint: string
  body: string
  signature: string
}

export interface ChangeLogTable {
  seq: Generated<number>
  table_name: string
  row_id: string
  op: 'insert' | 'update' | 'delete'
  hlc: string
  site_id: string
}

/**
 * A bulk write's run of created persons: the change_log entry at `seq` (row_id the run's
 * first person's id) stands for every rid from run_first to run_last (migration 0029).
 */
export interface ChangeLogRunsTable {
  seq: number
  run_first: number
  run_last: number
}

export interface SettingsTable {
  key: string
  value: string
}
