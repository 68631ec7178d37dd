import type { Migration, MigrationProvider } from 'kysely/migration'
import * as m0001 from './0001_init'
import * as m0002 from './0002_persons'
import * as m0003 from './0003_organizations_activities'
import * as m0004 from './0004_imports'
import * as m0005 from './0005_import_person_index'
import * as m0006 from './0006_packages'
import * as m0007 from './0007_suggestions'
import * as m0008 from './0008_report_templates'
import * as m0009 from './0009_audit_guard'
import * as m0010 from './0010_audit_checkpoints'
import * as m0013 from './0013_suggestion_attachments'
import * as m0015 from './0015_downward'
import * as m0017 from './0017_suggestion_search'
import * as m0018 from './0018_cross_unit_marks'
import * as m0019 from './0019_dictionary_owner_scope'
import * as m0020 from './0020_import_kinds'
import * as m0021 from './0021_relay'
import * as m0023 from './0023_relayed_reports'
import * as m0024 from './0024_suggestions_by_unit'
import * as m0025 from './0025_import_created_range'
import * as m0027 from './0027_unused_indexes'
import * as m0028 from './0028_participants_present'
import * as m0029 from './0029_change_log_runs'
import * as m0030 from './0030_pending_indexes'

/** Static list: bundlers and the packaged app cannot read a migrations folder at run time. */
export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_persons': m0002,
  '0003_organizations_activities': m0003,
  '0004_imports': m0004,
  '0005_import_person_index': m0005,
  '0006_packages': m0006,
  '0007_suggestions': m0007,
  '0008_report_templates': m0008,
  '0009_audit_guard': m0009,
  '0010_audit_checkpoints': m0010,
  '0013_suggestion_attachments': m0013,
  '0015_downward': m0015,
  '0017_suggestion_search': m0017,
  '0018_cross_unit_marks': m0018,
  '0019_dictionary_owner_scope': m0019,
  '0020_import_kinds': m0020,
  '0021_relay': m0021,
  '0023_relayed_reports': m0023,
  '0024_suggestions_by_unit': m0024,
  '0025_import_created_range': m0025,
  '0027_unused_indexes': m0027,
  '0028_participants_present': m0028,
  '0029_change_log_runs': m0029,
  '0030_pending_indexes': m0030,
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}

export const SCHEMA_VERSION = Object.keys(migrations).length
