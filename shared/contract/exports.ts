import { z } from 'zod'
import { IMPORT_FIELDS, type ImportField } from '../import/importFields'
import { ROSTER_COLUMN_KEYS, type RosterColumnKey } from '../documents/roster'
import { rosterSourceSchema } from './documents'
import { personFilterShape, PERSON_SORTS } from './persons'
import { procedure } from './procedure'
import { jobIdField } from './work'

/**
 * Exports to .xlsx laid out like the sheets offices send upward. Every export is audited,
 * refused ones too (who, when, what, masked or not). Small files come back as bytes for the renderer to save;
 * files above EXPORT_INLINE_MAX_BYTES stay in the data directory's exports folder and the
 * answer carries their path instead (the shell offers to open the folder or save a copy).
 */

/** What a person export can show, in this order when all are chosen. */
export type PersonExportColumn = ImportField
export const PERSON_EXPORT_COLUMNS: readonly PersonExportColumn[] = IMPORT_FIELDS

/** The columns of the usual 花名册 when none are chosen. */
export const DEFAULT_PERSON_EXPORT_COLUMNS: readonly PersonExportColumn[] = [
  'name',
  'sex',
  'ethnicity',
  'birthDate',
  'idNumber',
  'politicalStatus',
  'education',
  'employer',
  'jobTitle',
  'categories',
  'phone',
  'township',
  'remarks',
]

export const EXPORT_INLINE_MAX_BYTES = 10 * 1024 * 1024

export interface ExportResult {
  fileName: string
  /** Persons written. */
  rows: number
  /** False only when full ID numbers and phones were written. */
  masked: boolean
  bytes: number
  /** Base64 of the file, when small enough to hand over. */
  data: string | null
  /** Where the file was kept, when too large to hand over. */
  path: string | null
}

const columnSchema = z.enum(PERSON_EXPORT_COLUMNS as [ImportField, ...ImportField[]])

export const exportsContract = {
  /** The person list under the current filter and sort, with the chosen columns. */
  'exports.persons': procedure<ExportResult>()({
    input: z.strictObject({
      ...personFilterShape,
      sort: z.enum(PERSON_SORTS).default('name'),
      order: z.enum(['asc', 'desc']).default('asc'),
      columns: z.array(columnSchema).min(1).max(60).optional(),
      /** Full ID numbers and phones: operators and admins only, and audited as such. */
      unmasked: z.boolean().default(false),
      title: z.string().trim().min(1).max(60).optional(),
      jobId: jobIdField,
    }),
    access: 'viewer',
    long: true,
    // Audited by its handler, outside a transaction: the person list index answers only
    // between transactions, and an export writes nothing to roll back.
  }),
  /** An organization's members or an activity's participants (the 花名册 print model). */
  'exports.roster': procedure<ExportResult>()({
    input: z.strictObject({
      source: rosterSourceSchema,
      columns: z
        .array(z.enum(ROSTER_COLUMN_KEYS as [RosterColumnKey, ...RosterColumnKey[]]))
        .max(40)
        .default([]),
      title: z.string().trim().max(60).optional(),
      unmasked: z.boolean().default(false),
      jobId: jobIdField,
    }),
    access: 'viewer',
    long: true,
  }),
  /** A year's activity ledger (活动台账), with its 合计 row and summary lines. */
  'exports.ledger': procedure<ExportResult>()({
    input: z.strictObject({
      year: z.number().int().min(1949).max(2999),
      includePlanned: z.boolean().default(false),
      jobId: jobIdField,
    }),
    access: 'viewer',
    long: true,
  }),
}
