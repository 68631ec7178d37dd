import type {
  ImportColumnSource,
  ImportSheetColumn,
  SheetMapping,
} from '../../../shared/contract/imports'
import { columnLetter } from '../../../shared/import/columnLetter'
import {
  detectHeader,
  type DetectedHeader,
  type GridRow,
} from '../../../shared/import/detectHeader'
import { fieldOfHeader } from '../../../shared/import/headerSynonyms'
import type { ImportField } from '../../../shared/import/importFields'
import { normalizeHeader } from '../../../shared/import/normalizeHeader'
import type { MappedColumn } from '../../../shared/import/normalizeRow'

export interface SheetHeader {
  headerRows: number[]
  columns: ImportSheetColumn[]
  mapped: MappedColumn[]
  /** 乡镇（街道） taken from the sheet's name (sheetTownship), when it is. */
  sheetTownship?: string
}

/**
 * The header of a sheet and how its columns map: found by detectHeader (with the office's
 * remembered spellings), then corrected by what the user chose in the wizard — another
 * header row, other fields for some columns. Null when no column is 姓名.
 */
export function sheetHeader(
  grid: readonly GridRow[],
  remembered: ReadonlyMap<string, ImportField | null>,
  manual: SheetMapping | undefined,
): SheetHeader | null {
  let detected: DetectedHeader | null
  if (manual?.headerRow !== undefined) {
    const at = manual.headerRow
    const rows = grid.filter((r) => r.row === at || r.row === at - 1)
    const found = detectHeader(rows, remembered)
    detected =
      found && found.headerRows.at(-1) === at
        ? found
        : plainHeader(
            grid.find((r) => r.row === at),
            remembered,
          )
  } else {
    detected = detectHeader(grid, remembered)
  }
  if (!detected && !manual?.columns) return null
  const headerRows = detected?.headerRows ?? []
  const byIndex = new Map<number, ImportSheetColumn>()
  for (const c of detected?.columns ?? []) {
    const key = normalizeHeader(c.header)
    const source: ImportColumnSource = !c.field ? 'none' : remembered.has(key) ? 'memory' : 'header'
    byIndex.set(c.index, {
      index: c.index,
      column: columnLetter(c.index),
      header: c.header,
      group: c.group,
      field: c.field,
      source,
    })
  }
  for (const m of manual?.columns ?? []) {
    const before = byIndex.get(m.index)
    if (before?.field === m.field) continue
    byIndex.set(m.index, {
      index: m.index,
      column: columnLetter(m.index),
      header: before?.header ?? '',
      group: before?.group ?? '',
      field: m.field,
      source: 'manual',
    })
  }
  // One column per field: a manual choice wins over the column it was taken from.
  const owner = new Map<ImportField, number>()
  for (const c of [...byIndex.values()].sort((a, b) => rank(a) - rank(b) || a.index - b.index)) {
    if (!c.field) continue
    if (owner.has(c.field)) byIndex.set(c.index, { ...c, field: null, source: 'none' })
    else owner.set(c.field, c.index)
  }
  const columns = [...byIndex.values()].sort((a, b) => a.index - b.index)
  if (!owner.has('name')) return null
  return {
    headerRows,
    columns,
    mapped: columns.filter((c) => c.field).map((c) => ({ index: c.index, field: c.field! })),
  }
}

const rank = (c: ImportSheetColumn) => (c.source === 'manual' ? 0 : 1)

function plainHeader(
  row: GridRow | undefined,
  remembered: ReadonlyMap<string, ImportField | null>,
): DetectedHeader | null {
  if (!row) return null
  return {
    headerRows: [row.row],
    columns: row.cells.map((cell, index) => ({
      index,
      header: (cell ?? '').trim(),
      group: '',
      field: cell ? fieldOfHeader(cell, remembered) : null,
    })),
  }
}
