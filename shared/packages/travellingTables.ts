import { PERSON_SCALAR_KEYS, PERSON_SUB_RECORD_KEYS } from '../persons/fieldSpecs'
import type { PersonFields } from '../persons/types'

/**
 * The one declaration of what travels in a package (UPWARD.md "Export" 4) and how. A new
 * table adds one entry: to TRAVELLING_TABLES when its rows go upward, to LOCAL_TABLES when
 * they stay home, or to PERSON_CHILD_TABLES when they ride inside their person's line. A test
 * reads the database and fails on any table that is in none of them.
 *
 * Every travelling table has the row conventions of db/schema.ts `Travelling` (UUIDv7 id,
 * owning site_id, HLC created_at/updated_at, deleted_at tombstone).
 */
export interface TravellingTable {
  /** The database table; also the entry name data/<table>.ndjson. */
  table: string
  /**
   * rows: one line per row, columns as stored. person: one line per person with the child
   * records of PERSON_CHILD_TABLES inside (they have no id of their own).
   */
  shape: 'rows' | 'person'
  /** Columns that never leave this installation: local keys, derived search keys, flags. */
  localColumns: readonly string[]
  /** Only rows matching this SQL condition travel (demo persons stay home). */
  onlyWhere?: string
  /** Rows of the sender absent from a full package become tombstones here. */
  tombstoneWhenAbsent: boolean
}

/**
 * In apply order: a row's references point at tables earlier in the list (foreign keys are
 * checked at commit anyway, so this only keeps the order readable).
 */
export const TRAVELLING_TABLES: readonly TravellingTable[] = [
  {
    table: 'units',
    shape: 'rows',
    localColumns: ['is_self', 'relation', 'via_unit_id'],
    tombstoneWhenAbsent: false,
  },
  {
    // Dictionaries the unit extended: its own rows only, like every table here.
    table: 'dictionaries',
    shape: 'rows',
    localColumns: [],
    tombstoneWhenAbsent: true,
  },
  {
    table: 'persons',
    shape: 'person',
    localColumns: ['rid', 'is_demo', 'name_py', 'name_initials', 'id_rev', 'phone_rev'],
    onlyWhere: 'is_demo = 0',
    tombstoneWhenAbsent: true,
  },
  { table: 'organizations', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'memberships', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'activities', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'participants', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'suggestions', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'suggestion_submitters', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'suggestion_adoptions', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  { table: 'suggestion_instructions', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
  // An upper unit's verdicts on cross-unit duplicates: the unit above needs them too.
  { table: 'cross_unit_marks', shape: 'rows', localColumns: [], tombstoneWhenAbsent: true },
]

/**
 * What a person's line carries before its record: the row's stamps, then the name's pinyin
 * keys as the sender holds them (personsBulk's name_py, name_initials).
 */
export const PERSON_LINE_STAMPS = [
  'id',
  'site_id',
  'created_at',
  'updated_at',
  'deleted_at',
  'purged_at',
  'name_py',
  'name_initials',
] as const

export type PersonLineColumn = (typeof PERSON_LINE_STAMPS)[number] | keyof PersonFields

/**
 * A person's line (format 2, shared/packages/format.ts): its values in this order, which the
 * manifest declares as the persons table's columns — PERSON_LINE_STAMPS, the record's
 * scalars, then its child records. A receiver finds each value by the sender's column list,
 * so a column either side does not know is left out (or null) and the rest still line up.
 */
export const PERSON_LINE_COLUMNS: readonly PersonLineColumn[] = [
  ...PERSON_LINE_STAMPS,
  ...PERSON_SCALAR_KEYS,
  ...PERSON_SUB_RECORD_KEYS,
]

/** Child records of a person: written inside the person's line, never on their own. */
export const PERSON_CHILD_TABLES = [
  'person_categories',
  'person_tags',
  'person_seats',
  'person_posts',
  'person_education',
  'person_awards',
] as const

/** Tables that stay on this computer, with the reason. */
export const LOCAL_TABLES: Readonly<Record<string, string>> = {
  users: 'accounts are per installation',
  audit_log: 'evidence of this installation; its head hash travels in the manifest',
  change_log: 'the source of increments; the receiver writes its own',
  change_log_runs: 'part of change_log',
  pending_indexes: 'this database’s own index builds',
  settings: 'per installation',
  import_batches: 'undo of local roster imports',
  import_batch_persons: 'undo of local roster imports',
  import_header_memory: 'an office’s own header spellings',
  // Attachments stay home unless ticked (UPWARD.md); the ticking comes with the files.
  activity_attachments: 'files stay home',
  suggestion_attachments: 'files stay home',
  own_keys: 'private keys never leave',
  audit_checkpoints: 'copies travel signed inside packages, receipts and backups',
  unit_keys: 'cards travel as their own files',
  packages: 'the exchange’s own bookkeeping',
  receipts: 'travel as their own signed files',
  package_ranges: 'the exchange’s own bookkeeping',
  // Built from the city's received packages at each relay, not copied as rows.
  relayed_packages:
    'the province’s copy of relay evidence; travels as data/relayed_packages.ndjson',
  // Tasks come down in downward packages; they never go back up.
  reporting_tasks: 'set by the upper unit, sent down in 下发 packages',
  downward_packages: 'the exchange’s own bookkeeping',
  // Scores follow the receiving office's own rules: recomputed after every apply.
  suggestion_rule_versions: 'each office scores by its own rules',
  suggestion_scores: 'derived from the travelling rows, recomputed on apply',
  suggestion_year_locks: 'an office’s own frozen figures',
  // What goes upward is the data; the upper office computes its own figures from it.
  report_templates: 'an office’s own layout of the sheets it fills',
  report_locks: 'an office’s own frozen figures; the data behind them travels',
  person_fts_tri: 'search index, rebuilt on apply',
  person_fts_chars: 'search index, rebuilt on apply',
  suggestion_fts_tri: 'search index of suggestion_scores, kept by its triggers',
  suggestion_fts_chars: 'search index of suggestion_scores, kept by its triggers',
}

export function travellingTable(name: string): TravellingTable | undefined {
  return TRAVELLING_TABLES.find((t) => t.table === name)
}

export const dataEntryName = (table: string) => `data/${table}.ndjson`
