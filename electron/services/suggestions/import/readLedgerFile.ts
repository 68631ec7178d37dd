import type { LedgerMapping, LedgerSheetReport } from '../../../../shared/contract/suggestionImport'
import { importFileText } from '../../../../shared/i18n/imports'
import { ledgerRowText } from '../../../../shared/i18n/suggestionImport'
import { classifyRow, headerEcho } from '../../../../shared/import/classifyRow'
import type { GridRow } from '../../../../shared/import/detectHeader'
import { MergeFill } from '../../../../shared/import/mergedCells'
import { cellText, type RawCell } from '../../../../shared/import/rawCell'
import {
  ledgerVocabulary,
  type LedgerField,
} from '../../../../shared/suggestions/ledgerImport/ledgerFields'
import { throwIfCancelled } from '../../../core/longWork'
import type { SpreadsheetKind } from '../../excel/fileKind'
import { openSpreadsheet } from '../../excel/openSpreadsheet'
import type { SheetRow } from '../../excel/sheetMessages'
import { SpreadsheetError } from '../../excel/spreadsheetError'
import { sheetHeaderWith, type MappedHeader } from '../../import/sheetHeader'

/** A data row of a ledger: where it is and its cells, merged cells filled. */
export interface LedgerDataRow {
  sheet: string
  row: number
  cells: RawCell[]
  header: MappedHeader<LedgerField>
}

/** The cell of a row that a field's column holds; null when no column maps to it. */
export function cellOf(r: LedgerDataRow, field: LedgerField): RawCell {
  const at = r.header.mapped.find((m) => m.field === field)
  return at ? (r.cells[at.index] ?? null) : null
}

export interface LedgerFile {
  format: SpreadsheetKind
  sheets: LedgerSheetReport[]
  rows: LedgerDataRow[]
}

/**
 * Reads every sheet of a ledger: the header found as the roster import finds it (title rows,
 * two-level merged headers, the user's corrections), blank, 合计 and 注 rows and repeated
 * headers skipped, merged cells filled down. Ledgers are hundreds of rows, read whole.
 */
export async function readLedgerFile(
  bytes: Uint8Array,
  fileName: string,
  mapping: readonly LedgerMapping[],
  signal: AbortSignal,
): Promise<LedgerFile> {
  const opened = openSpreadsheet(bytes, fileName)
  const sheets: { report: LedgerSheetReport; grid: SheetRow[]; merges: MergeFill | null }[] = []
  for await (const event of opened.reader) {
    throwIfCancelled(signal)
    if (event.type === 'sheet') {
      sheets.push({ report: emptyReport(event.name, event.hidden), grid: [], merges: null })
      continue
    }
    const current = sheets.at(-1)
    if (!current || current.report.status === 'hidden') continue
    if (event.type === 'merges') current.merges = new MergeFill(event.ranges)
    else current.grid.push(...event.rows)
  }
  const rows: LedgerDataRow[] = []
  for (const { report, grid, merges } of sheets) {
    if (report.status === 'hidden') continue
    const textGrid: GridRow[] = grid.map(([row, cells]) => ({
      row,
      cells: cells.map((c) => cellText(c) || null),
    }))
    const header = sheetHeaderWith(
      textGrid,
      ledgerVocabulary,
      mapping.find((m) => m.sheet === report.name),
    )
    if (!header) {
      report.status = grid.length ? 'noHeader' : 'empty'
      report.message = grid.length
        ? ledgerRowText.noHeader(report.name)
        : importFileText.sheetEmpty(report.name)
      continue
    }
    report.headerRows = header.headerRows
    report.columns = header.columns
    const echo = headerEcho(header.columns, 'title')
    const last = header.headerRows.at(-1) ?? 0
    for (const [row, raw] of grid) {
      if (row <= last) continue
      const cells = merges ? merges.fill(row, raw) : raw
      const kind = classifyRow(
        cells.map((c) => (c === null ? null : cellText(c))),
        echo,
      )
      if (kind !== 'data') {
        report.skippedRows++
        continue
      }
      report.dataRows++
      rows.push({ sheet: report.name, row, cells, header })
    }
  }
  if (!sheets.some((s) => s.report.status === 'read')) {
    const only = sheets.length === 1 ? sheets[0]!.report.message : null
    throw new SpreadsheetError('nothingReadable', only ?? ledgerRowText.nothingReadable)
  }
  return { format: opened.kind, sheets: sheets.map((s) => s.report), rows }
}

function emptyReport(name: string, hidden: boolean): LedgerSheetReport {
  return {
    name,
    status: hidden ? 'hidden' : 'read',
    message: hidden ? importFileText.hiddenSheet(name) : null,
    headerRows: [],
    columns: [],
    dataRows: 0,
    skippedRows: 0,
  }
}
