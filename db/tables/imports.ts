/** One roster or 建言献策台账 import; local only (see migrations 0004, 0020, 0025). */
export interface ImportBatchesTable {
  id: string
  kind: 'persons' | 'suggestions'
  at: string
  user_id: string | null
  username: string | null
  file_name: string
  file_sha256: string
  file_bytes: number
  sheets: string
  created_count: number
  updated_count: number
  unchanged_count: number
  duplicate_count: number
  rejected_count: number
  warning_count: number
  status: 'applied' | 'rolledBack'
  rolled_back_at: string | null
  rolled_back_by: string | null
  /** The rids of the persons a roster import created, first and last; null when none. */
  created_rid_from: number | null
  created_rid_to: number | null
}

/** What a batch updated, and (batches recorded before migration 0025) what it created. */
export interface ImportBatchPersonsTable {
  batch_id: string
  person_rid: number
  person_id: string
  op: 'create' | 'update'
  before_json: string | null
  stamp: string
}

export interface ImportHeaderMemoryTable {
  header: string
  field: string | null
  updated_at: string
}
