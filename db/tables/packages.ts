import type { Generated } from 'kysely'
import type { Travelling } from '../schema'

export type PackageStatus =
  'generated' | 'received' | 'receivedWithWarnings' | 'returned' | 'refused' | 'reviewed'

export interface PackagesTable {
  id: string
  direction: 'sent' | 'received'
  sender_unit_id: string
  sender_code: string
  sender_name: string
  receiver_code: string
  receiver_name: string
  kind: 'full' | 'incremental'
  period: string
  from_seq: number
  to_seq: number
  previous_package_id: string | null
  schema_version: number
  encrypted: number
  file_name: string
  file_sha256: string
  file_bytes: number
  created_at: string
  created_by: string
  counts: string
  report: string
  status: PackageStatus
  status_reason: string | null
  status_at: string
  applied_at: string | null
  applied_by: string | null
  applied_counts: string | null
  /** Received: the sender's signed manifest and signature, kept as relay evidence (0021). */
  manifest: Generated<string | null>
  signature: Generated<string | null>
  /** Received: this unit's change_log seq after the apply; an incremental relay starts past it. */
  applied_seq: Generated<number | null>
}

export interface ReceiptsTable {
  id: string
  package_id: string
  direction: 'issued' | 'received'
  status: Exclude<PackageStatus, 'generated'>
  reason: string | null
  at: string
  by: string
  body: string
  file_sha256: string
}

/** A reporting task: period, deadline, what the package must hold (`includes`, JSON). */
export interface ReportingTasksTable {
  id: string
  issuer_code: string
  issuer_name: string
  period: string
  /** YYYY-MM-DD, the last day a package for the period is on time. */
  deadline: string
  includes: string
  note: string | null
  created_at: string
  updated_at: string
  deleted_at: string | null
}

/** A 下发 package this unit sent (upper) or applied (lower); `counts` is JSON per part. */
export interface DownwardPackagesTable {
  id: string
  direction: 'sent' | 'received'
  other_code: string
  other_name: string
  file_name: string
  file_sha256: string
  file_bytes: number
  min_app_version: string | null
  counts: string
  created_at: string
  created_by: string
  applied_at: string | null
  applied_by: string | null
}

export interface PackageRangesTable {
  sender_unit_id: string
  applied_to_seq: number
  last_package_id: string
  updated_at: string
}

/** An upper unit's verdict on two units' records of one ID number (migration 0018). */
export interface CrossUnitMarksTable extends Travelling {
  /** The smaller of the two person ids. */
  person_a: string
  person_b: string
  verdict: 'moved' | 'distinct'
  note: string | null
}

/**
 * At the province: a county package a city relayed, with the county's signed manifest as
 * evidence and the city's decision on it (0021).
 */
export interface RelayedPackagesTable {
  id: string
  relay_package_id: string
  via_unit_id: string
  sender_unit_id: string
  sender_code: string
  sender_name: string
  kind: 'full' | 'incremental'
  period: string
  created_at: string
  applied_at: string | null
  status: PackageStatus
  status_reason: string | null
  status_at: string
  counts: string
  applied_counts: string | null
  file_sha256: string
  manifest: string | null
  signature: string | null
  signature_verified: number
  received_at: string
}
