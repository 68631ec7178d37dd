/**
 * The Database map Kysely reads, and the row conventions every travelling table shares. The
 * row types themselves live by domain in db/tables/ and are re-exported here.
 */
import type { UnitsTable, OwnKeysTable, UnitKeysTable } from './tables/units'
import type {
  PackagesTable,
  ReceiptsTable,
  ReportingTasksTable,
  DownwardPackagesTable,
  PackageRangesTable,
  RelayedPackagesTable,
  CrossUnitMarksTable,
} from './tables/packages'
import type {
  UsersTable,
  AuditLogTable,
  AuditCheckpointsTable,
  ChangeLogTable,
  ChangeLogRunsTable,
  SettingsTable,
} from './tables/accounts'
import type {
  PersonsTable,
  PersonCategoriesTable,
  PersonTagsTable,
  PersonSeatsTable,
  PersonPostsTable,
  PersonEducationTable,
  PersonAwardsTable,
  DictionariesTable,
} from './tables/persons'
import type {
  OrganizationsTable,
  MembershipsTable,
  ActivitiesTable,
  ParticipantsTable,
  ActivityAttachmentsTable,
} from './tables/activities'
import type {
  ImportBatchesTable,
  ImportBatchPersonsTable,
  ImportHeaderMemoryTable,
} from './tables/imports'
import type {
  SuggestionsTable,
  SuggestionSubmittersTable,
  SuggestionAdoptionsTable,
  SuggestionInstructionsTable,
  SuggestionRuleVersionsTable,
  SuggestionScoresTable,
  SuggestionYearLocksTable,
  SuggestionAttachmentsTable,
} from './tables/suggestions'
import type { ReportTemplatesTable, ReportLocksTable } from './tables/reports'

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

export type * from './tables/units'
export type * from './tables/packages'
export type * from './tables/accounts'
export type * from './tables/persons'
export type * from './tables/activities'
export type * from './tables/imports'
export type * from './tables/suggestions'
export type * from './tables/reports'

export interface Database {
  import_batches: ImportBatchesTable
  import_batch_persons: ImportBatchPersonsTable
  import_header_memory: ImportHeaderMemoryTable
  units: UnitsTable
  users: UsersTable
  audit_log: AuditLogTable
  change_log: ChangeLogTable
  change_log_runs: ChangeLogRunsTable
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
  relayed_packages: RelayedPackagesTable
  reporting_tasks: ReportingTasksTable
  downward_packages: DownwardPackagesTable
  audit_checkpoints: AuditCheckpointsTable
}
