import { z } from 'zod'
import { LEDGER_FIELDS, type LedgerField } from '../suggestions/ledgerImport/ledgerFields'
import { idField } from './fields'
import { IMPORT_MAX_BASE64, type ImportSheetColumn } from './imports'
import { procedure } from './procedure'
import { jobIdField } from './work'

export type { LedgerField }

/**
 * Importing an office's existing 建言献策台账 through the import wizard: the file's bytes go
 * to the core, which answers a preview under a token; apply writes the rows the preview
 * decided, in one transaction, with the user's choice of person for each submitter the
 * register could not decide.
 */

export type LedgerRowStatus = 'create' | 'duplicate' | 'repeated' | 'rejected'
export type SubmitterMatchState = 'linked' | 'none' | 'ambiguous' | 'employerDiffers'

/** A register person a submitter may be: no ID number, the name and employer tell them apart. */
export interface LedgerCandidate {
  personId: string
  name: string
  employer: string | null
}

export interface LedgerSubmitter {
  name: string
  employer: string | null
  isLead: boolean
  state: SubmitterMatchState
  /** Linked, or as the user picked; null: kept as a free-text submitter. */
  personId: string | null
  candidates: LedgerCandidate[]
}

export interface LedgerRowProblem {
  /** The column as Excel names it (F), or null when no single cell is at fault. */
  column: string | null
  fieldLabel: string | null
  message: string
}

export interface LedgerRowReport {
  sheet: string
  /** As Excel shows it. */
  row: number
  status: LedgerRowStatus
  title: string
  submittedOn: string | null
  kindName: string | null
  channelName: string | null
  submitters: LedgerSubmitter[]
  /** As the 台账 shows them. */
  adoptions: string
  instructions: string
  /** The points the rules in force give it (rows to create). */
  score: number | null
  /** Rejected: the reasons; otherwise notes (duplicate of, the file's own 得分). */
  problems: LedgerRowProblem[]
}

export interface LedgerImportCounts {
  create: number
  duplicate: number
  repeated: number
  rejected: number
  /** Blank, 合计, 注 and repeated header rows. */
  skipped: number
  /** Submitters of rows to create not linked to a register person. */
  unmatched: number
}

export interface LedgerSheetReport {
  name: string
  status: 'read' | 'noHeader' | 'hidden' | 'empty'
  message: string | null
  headerRows: number[]
  columns: ImportSheetColumn<LedgerField>[]
  dataRows: number
  skippedRows: number
}

export interface LedgerImportPreview {
  token: string
  fileName: string
  format: 'xlsx' | 'csv' | 'html' | 'spreadsheetml'
  counts: LedgerImportCounts
  sheets: LedgerSheetReport[]
  /** Every data row in file order. */
  rows: LedgerRowReport[]
  previousImports: { batchId: string; at: string; username: string | null }[]
  fields: { field: LedgerField; label: string }[]
}

export interface LedgerImportResult {
  batchId: string
  fileName: string
  counts: LedgerImportCounts
  rows: LedgerRowReport[]
  /** The suggestions created, in file order. */
  createdIds: string[]
}

const ledgerFieldSchema = z.enum(LEDGER_FIELDS as unknown as [LedgerField, ...LedgerField[]])

export const ledgerMappingSchema = z.strictObject({
  sheet: z.string().min(1).max(100),
  headerRow: z.number().int().min(1).max(1000).optional(),
  columns: z
    .array(
      z.strictObject({
        index: z.number().int().min(0).max(16383),
        field: ledgerFieldSchema.nullable(),
      }),
    )
    .max(500)
    .optional(),
})
export type LedgerMapping = z.infer<typeof ledgerMappingSchema>

/** The person the user chose for a submitter the register did not decide; null: keep as text. */
export const submitterPickSchema = z.strictObject({
  sheet: z.string().min(1).max(100),
  row: z.number().int().min(1),
  /** The submitter's place in the cell, from 0. */
  index: z.number().int().min(0).max(49),
  personId: idField.nullable(),
})
export type SubmitterPick = z.infer<typeof submitterPickSchema>

const tokenField = z.string().min(16).max(64)
const mappingField = z.array(ledgerMappingSchema).max(200).optional()

export const suggestionImportContract = {
  'suggestions.importPreview': procedure<LedgerImportPreview>()({
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      data: z.string().max(IMPORT_MAX_BASE64),
      mapping: mappingField,
      jobId: jobIdField,
    }),
    access: 'operator',
    long: true,
  }),
  /** The same file again with an edited column mapping (or a dictionary since extended). */
  'suggestions.importRemap': procedure<LedgerImportPreview>()({
    input: z.strictObject({ token: tokenField, mapping: mappingField, jobId: jobIdField }),
    access: 'operator',
    long: true,
  }),
  'suggestions.importApply': procedure<LedgerImportResult>()({
    input: z.strictObject({
      token: tokenField,
      mapping: mappingField,
      picks: z.array(submitterPickSchema).max(10_000).optional(),
      jobId: jobIdField,
    }),
    access: 'operator',
    audited: true,
    long: true,
  }),
  'suggestions.importDiscard': procedure<null>()({
    input: z.strictObject({ token: tokenField }),
    access: 'operator',
  }),
}
