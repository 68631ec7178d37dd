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
  relation: Generated<UnitRelation>
}

export type UnitRelation = 'self' | 'upper' | 'lower' | 'relayed'

export interface OwnKeysTable {
  id: string
  created_at: string
  sign_public: string
  sign_private: string
  box_public: string
  box_private: string
  fingerprint: string
  status: 'active' | 'retired'
  retired_at: string | null
}

export interface UnitKeysTable {
  id: string
  unit_id: string
  sign_public: string
  box_public: string
  fingerprint: string
  card: string
  registered_at: string
  registered_by: string | null
  verification: 'unverified' | 'verified' | 'rotated'
  verified_at: string | null
  verified_by: string | null
  status: 'active' | 'superseded' | 'revoked'
  revoked_at: string | null
  revoked_by: string | null
  revoke_reason: string | null
}

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

export interface PersonsTable extends Travelling {
  /** Local integer key (FTS rowid, list index); never travels. */
  rid: Generated<number>
  purged_at: string | null
  name: string
  former_names: string | null
  sex: string | null
  ethnicity: string | null
  birth_date: string | null
  native_place: string | null
  birth_place: string | null
  id_number: string | null
  political_status: string | null
  political_joined_on: string | null
  political_status2: string | null
  political_joined_on2: string | null
  education: string | null
  degree: string | null
  school_major: string | null
  title: string | null
  title_level: string | null
  employer: string | null
  job_title: string | null
  employer_type: string | null
  township: string | null
  community: string | null
  grid: string | null
  phone: string | null
  email: string | null
  address: string | null
  team: string | null
  talent_level: string | null
  management_level: string | null
  status: string
  status_date: string | null
  status_reason: string | null
  source: string | null
  collected_on: string | null
  remarks: string | null
  performance: string | null
  influence: string | null
  is_demo: number
  name_py: string
  name_initials: string
  id_rev: string | null
  phone_rev: string | null
}

export interface PersonCategoriesTable {
  person_rid: number
  code: string
  detail: string | null
}

export interface PersonTagsTable {
  person_rid: number
  tag: string
}

export interface PersonSeatsTable {
  person_rid: number
  ord: number
  body: 'npc' | 'cppcc'
  session: string | null
  level: string | null
  post: string | null
  term_start: string | null
  term_end: string | null
  sector: string | null
}

export interface PersonPostsTable {
  person_rid: number
  ord: number
  org: string
  post: string | null
  start_date: string | null
  end_date: string | null
}

export interface PersonEducationTable {
  person_rid: number
  ord: number
  school: string
  major: string | null
  education: string | null
  degree: string | null
  start_date: string | null
  end_date: string | null
}

export interface PersonAwardsTable {
  person_rid: number
  ord: number
  name: string
  level: string | null
  awarded_on: string | null
  issuer: string | null
}

export interface DictionariesTable extends Travelling {
  kind: string
  code: string
  name: string
  parent_code: string | null
  sort: number
  disabled: number
}

/** 新联会, 服务团, 实践创新基地…: a tree by parent_id. */
export interface OrganizationsTable extends Travelling {
  parent_id: string | null
  kind: string
  name: string
  short_name: string | null
  /** Administrative level, or for a base the level that named it. */
  level: string | null
  founded_on: string | null
  session_no: string | null
  registration: string | null
  annual_review: string | null
  service_field: string | null
  leader_person_id: string | null
  leader_name: string | null
  host_type: string | null
  host_org: string | null
  named_on: string | null
  batch: string | null
  people_covered: number | null
  township: string | null
  /** 1: its members should not belong to another organization of the same family. */
  exclusive: number
  sort: number
  remarks: string | null
}

/** Person × organization × post × term. */
export interface MembershipsTable extends Travelling {
  organization_id: string
  person_id: string
  post: string
  term: string | null
  start_date: string | null
  end_date: string | null
  remarks: string | null
}

/** Money columns hold integer 分 (fen); JSON columns hold string arrays. */
export interface ActivitiesTable extends Travelling {
  type: string
  title: string
  theme: string | null
  status: string
  start_date: string
  start_time: string | null
  end_date: string | null
  place: string | null
  organization_id: string | null
  guide_units: string
  host_units: string
  organizer_units: string
  co_units: string
  planned_count: number | null
  actual_count: number | null
  description: string | null
  beneficiaries: number | null
  donation_fen: number | null
  goods_fen: number | null
  cost_fen: number | null
  volunteer_hours: number | null
  online_views: number | null
  news_links: string
  training_days: number | null
  training_level: string | null
  training_school: string | null
  remarks: string | null
}

export interface ParticipantsTable extends Travelling {
  activity_id: string
  person_id: string
  /** 序号 on the printed sign-in sheet; kept when others are added or removed. */
  seq: number
  role: string
  attendance: string
  remarks: string | null
}

/** Metadata of a file stored under <dataDir>/attachments by its SHA-256. */
/** A stored file's row, whatever it is attached to. */
interface AttachedFile extends Travelling {
  sha256: string
  size: number
  mime: string
  file_name: string
  caption: string | null
}

export interface ActivityAttachmentsTable extends AttachedFile {
  activity_id: string
}

export interface SuggestionAttachmentsTable extends AttachedFile {
  suggestion_id: string
}

/** An upper unit's verdict on two units' records of one ID number (migration 0018). */
export interface CrossUnitMarksTable extends Travelling {
  /** The smaller of the two person ids. */
  person_a: string
  person_b: string
  verdict: 'moved' | 'distinct'
  note: string | null
}

/** One roster import; local only (see migration 0004). */
export interface ImportBatchesTable {
  id: string
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
}

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

export interface Database {
  import_batches: ImportBatchesTable
  import_batch_persons: ImportBatchPersonsTable
  import_header_memory: ImportHeaderMemoryTable
  units: UnitsTable
  users: UsersTable
  audit_log: AuditLogTable
  change_log: ChangeLogTable
  settings: SettingsTable
  persons: PersonsTable
  person_categories: PersonCategoriesTable
  person_tags: PersonTagsTable
  person_seats: PersonSeatsTable
  person_posts: PersonPostsTable
  person_education: PersonEducationTable
  person_awards: PersonAwardsTable
  dictionaries: DictionariesTable
  organizations: OrganizationsTable
  memberships: MembershipsTable
  activities: ActivitiesTable
  participants: ParticipantsTable
  activity_attachments: ActivityAttachmentsTable
  suggestion_attachments: SuggestionAttachmentsTable
  cross_unit_marks: CrossUnitMarksTable
  suggestions: SuggestionsTable
  suggestion_submitters: SuggestionSubmittersTable
  suggestion_adoptions: SuggestionAdoptionsTable
  suggestion_instructions: SuggestionInstructionsTable
  suggestion_rule_versions: SuggestionRuleVersionsTable
  suggestion_scores: SuggestionScoresTable
  suggestion_year_locks: SuggestionYearLocksTable
  report_templates: ReportTemplatesTable
  report_locks: ReportLocksTable
  own_keys: OwnKeysTable
  unit_keys: UnitKeysTable
  packages: PackagesTable
  receipts: ReceiptsTable
  package_ranges: PackageRangesTable
  reporting_tasks: ReportingTasksTable
  downward_packages: DownwardPackagesTable
  audit_checkpoints: AuditCheckpointsTable
}

export interface SuggestionsTable extends Travelling {
  title: string
  kind: string
  submitted_on: string
  channel: string | null
  receiving_body: string | null
  summary: string | null
  full_text: string | null
  status: string
  outcome: string | null
  activity_id: string | null
  remarks: string | null
}

export interface SuggestionSubmittersTable extends Travelling {
  suggestion_id: string
  person_id: string | null
  name: string
  employer: string | null
  seq: number
  is_lead: number
}

export interface SuggestionAdoptionsTable extends Travelling {
  suggestion_id: string
  body: string
  level: string
  adopted_on: string
  how: string
}

export interface SuggestionInstructionsTable extends Travelling {
  suggestion_id: string
  leader: string
  level: string
  instructed_on: string
  content: string | null
}

export interface SuggestionRuleVersionsTable {
  version: number
  rules: string
  created_at: string
  created_by: string | null
}

export interface SuggestionScoresTable {
  /** What the search indexes point at (migration 0017). */
  rid: Generated<number>
  suggestion_id: string
  /** The version that last changed the score; the one in force follows from the year. */
  rule_version: number
  score: number
  share: number
  /** The suggestion's, so a text search pages in list order from this table alone. */
  submitted_on: string
  /** What the score is computed from (scoreFactsKey): a rule change rescores from these. */
  facts: string
  search_text: string
  employers: string
  search_chars: string
  employer_chars: string
}

export interface SuggestionYearLocksTable {
  year: number
  rule_version: number
  figures: string
  locked_at: string
  locked_by: string | null
}

/** JSON columns: rows, columns and notes of shared/reports/template ReportTemplateSpec. */
export interface ReportTemplatesTable {
  id: string
  name: string
  title: string
  rows: string
  columns: string
  notes: string
  is_default: number
  created_at: string
  updated_at: string
  updated_by: string | null
}

/** `template` and `report` are JSON: the template as it was and the computed report. */
export interface ReportLocksTable {
  id: string
  template_id: string
  template_name: string
  template: string
  period_from: string
  period_to: string
  report: string
  rules_version: number
  hash: string
  locked_at: string
  locked_by: string | null
}
