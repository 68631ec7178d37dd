import { z } from 'zod'
import { IMPORT_FIELDS, type ImportField } from '../import/importFields'
import { idField, pageField, pageSizeField } from './fields'
import { procedure } from './procedure'
import { jobIdField } from './work'

export type { ImportField } from '../import/importFields'

/**
 * Importing rosters. A renderer never names a path: it sends the file's bytes (base64) and
 * gets a preview with a token; the token (with the column mapping as edited) is applied in
 * one transaction. The preview and its file stay in the main process for 30 minutes.
 */

/** Base64 of at most 50 MB. */
export const IMPORT_MAX_BASE64 = Math.ceil((50 * 1024 * 1024) / 3) * 4
/** Row reports a preview answers by default (the error report and the counts hold all). */
export const IMPORT_ROW_REPORT_LIMIT = 2000

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
  /** Rows whose person appeared earlier in the same file. */
  duplicates: number
  rejected: number
  /** Imported rows (created, updated or unchanged) that carry at least one warning. */
  warnings: number
  /** 合计, 注, blank and repeated header rows. */
  skipped: number
}

export type ImportRowStatus = 'created' | 'updated' | 'unchanged' | 'duplicate' | 'rejected'

export interface ImportRowIssue {
  /** The column as Excel names it (F), or null when no single cell is at fault. */
  column: string | null
  /** That column's header in the file. */
  header: string | null
  field: ImportField | null
  fieldLabel: string | null
  message: string
}

/**
 * A cell read in a way the user must confirm before importing: a year.month number that may
 * have lost its trailing zero (1986.1 read as 1986-01, perhaps meant 1986.10).
 */
export interface ImportReadingCheck {
  sheet: string
  row: number
  name: string | null
  /** The column as Excel names it (F). */
  column: string | null
  header: string | null
  fieldLabel: string | null
  /** The cell as it shows in the file. */
  shown: string
  /** What the import will record. */
  readAs: string
}

export interface ImportFieldChange {
  field: ImportField
  label: string
  /** As the form shows them (names, not codes); ID numbers and phones masked. */
  before: string | null
  after: string | null
}

export interface ImportRowReport {
  sheet: string
  /** As Excel shows it. */
  row: number
  status: ImportRowStatus
  /** The name as read; null when the name is missing. */
  name: string | null
  /** Rejected: the reason first; otherwise warnings and notes. */
  issues: ImportRowIssue[]
  /** Updates only. */
  changes: ImportFieldChange[]
}

export type ImportColumnSource = 'header' | 'memory' | 'manual' | 'none'

export interface ImportSheetColumn<F extends string = ImportField> {
  index: number
  /** A, B, … */
  column: string
  header: string
  /** The group label above it in a two-level header. */
  group: string
  field: F | null
  source: ImportColumnSource
}

export interface ImportSheetReport {
  name: string
  status: 'read' | 'noHeader' | 'hidden' | 'empty'
  /** Why a sheet was not read, in Chinese. */
  message: string | null
  headerRows: number[]
  columns: ImportSheetColumn[]
  dataRows: number
  skippedRows: number
  /**
   * The 乡镇（街道） the sheet's name is in the dictionary as, when no column maps to 乡镇:
   * offered to fill every row of the sheet (one sheet per township, as county rosters come).
   */
  sheetTownship: { name: string; applied: boolean } | null
}

export interface ImportPreview {
  token: string
  fileName: string
  /** html: a web page's table saved as .xls; spreadsheetml: Excel 2003 XML. */
  format: 'xlsx' | 'csv' | 'html' | 'spreadsheetml'
  /** Text files (CSV, HTML, XML): the encoding read with (UTF-8, GB18030…). */
  encoding: string | null
  /** The encoding was chosen by the user rather than decided from the bytes. */
  encodingChosen: boolean
  counts: ImportCounts
  sheets: ImportSheetReport[]
  /** Every row that is not a plain create, in file order, up to the limit asked for. */
  rows: ImportRowReport[]
  rowsTruncated: boolean
  /** Readings to confirm before importing, in file order (up to the row limit). */
  toConfirm: ImportReadingCheck[]
  /** Earlier imports of the very same file that are still in effect. */
  previousImports: { batchId: string; at: string; username: string | null }[]
  /** What a column can be mapped to, for the mapping editor. */
  fields: { field: ImportField; label: string }[]
}

export interface ImportResult {
  batchId: string
  fileName: string
  counts: ImportCounts
  sheets: ImportSheetReport[]
  rows: ImportRowReport[]
  rowsTruncated: boolean
}

export interface ImportBatchInfo {
  id: string
  /** A roster, or a 建言献策台账 (which cannot be rolled back as a whole). */
  kind: 'persons' | 'suggestions'
  at: string
  username: string | null
  fileName: string
  sheets: string[]
  counts: Omit<ImportCounts, 'skipped'>
  status: 'applied' | 'rolledBack'
  rolledBackAt: string | null
  rolledBackBy: string | null
}

export interface ImportRollbackResult {
  batchId: string
  /** Persons the batch created, now removed. */
  removed: number
  /** Persons the batch updated, now as they were before. */
  restored: number
}

/** An .xlsx produced for download: the template, an error report. */
export interface ExcelFile {
  fileName: string
  /** Base64. */
  data: string
}

const fieldSchema = z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]])

/** The column mapping of one sheet as the user left it in the wizard. */
export const sheetMappingSchema = z.strictObject({
  sheet: z.string().min(1).max(100),
  /** The (last) header row, when the detected one was wrong or none was found. */
  headerRow: z.number().int().min(1).max(1000).optional(),
  columns: z
    .array(
      z.strictObject({ index: z.number().int().min(0).max(16383), field: fieldSchema.nullable() }),
    )
    .max(500)
    .optional(),
  /** Fill 乡镇（街道） from the sheet's name (see ImportSheetReport.sheetTownship); on by default. */
  townshipFromName: z.boolean().optional(),
})
export type SheetMapping = z.infer<typeof sheetMappingSchema>

const tokenField = z.string().min(16).max(64)
const mappingField = z.array(sheetMappingSchema).max(200).optional()
/** A text file's encoding as the user chose it in the preview; absent: decided from the bytes. */
export const IMPORT_ENCODINGS = ['UTF-8', 'GB18030'] as const
const encodingField = z.enum(IMPORT_ENCODINGS).optional()
const rowLimitField = z.number().int().min(0).max(1_000_000).default(IMPORT_ROW_REPORT_LIMIT)

export const importsContract = {
  'imports.preview': procedure<ImportPreview>()({
    input: z.strictObject({
      fileName: z.string().min(1).max(255),
      // An empty file is let through to be named as such by the reader.
      data: z.string().max(IMPORT_MAX_BASE64),
      sheet: z.string().min(1).max(100).optional(),
      mapping: mappingField,
      encoding: encodingField,
      rowLimit: rowLimitField,
      jobId: jobIdField,
    }),
    access: 'operator',
    long: true,
  }),
  /** The same file again with an edited column mapping or another encoding. */
  'imports.remap': procedure<ImportPreview>()({
    input: z.strictObject({
      token: tokenField,
      mapping: mappingField,
      encoding: encodingField,
      rowLimit: rowLimitField,
      jobId: jobIdField,
    }),
    access: 'operator',
    long: true,
  }),
  'imports.apply': procedure<ImportResult>()({
    input: z.strictObject({
      token: tokenField,
      mapping: mappingField,
      rowLimit: rowLimitField,
      jobId: jobIdField,
    }),
    access: 'operator',
    audited: true,
    long: true,
  }),
  'imports.discard': procedure<null>()({
    input: z.strictObject({ token: tokenField }),
    access: 'operator',
  }),
  /** The rows that were not imported, as they were in the file, plus 错误原因. */
  'imports.errorReport': procedure<ExcelFile>()({
    input: z.strictObject({ token: tokenField }),
    access: 'operator',
    audited: true,
  }),
  'imports.template': procedure<ExcelFile>()({ input: z.strictObject({}), access: 'viewer' }),
  'imports.list': procedure<{ total: number; items: ImportBatchInfo[] }>()({
    input: z.strictObject({ page: pageField, pageSize: pageSizeField }),
    access: 'operator',
  }),
  'imports.rollback': procedure<ImportRollbackResult>()({
    input: z.strictObject({ batchId: idField }),
    access: 'admin',
    audited: true,
  }),
}
