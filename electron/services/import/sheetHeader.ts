import type {
  ImportColumnSource,
  ImportSheetColumn,
  SheetMapping,
} from '../../../shared/contract/imports'
import { columnLetter } from '../../../shared/import/columnLetter'
import {
  detectHeaderWith,
  rosterVocabulary,
  type DetectedHeader,
  type GridRow,
  type HeaderVocabulary,
} from '../../../shared/import/detectHeader'
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
  const found = sheetHeaderWith(grid, rosterVocabulary(remembered), manual, (header) =>
    remembered.has(normalizeHeader(header)),
  )
  return found && { ...found, mapped: found.mapped as MappedColumn[] }
}

/** A sheet's header as the user corrected it, in a vocabulary's fields. */
export interface MappedHeader<F extends string> {
  headerRows: number[]
  columns: ImportSheetColumn<F>[]
  mapped: { index: number; field: F }[]
}

/** What the user chose in the wizard for one sheet: another header row, other fields. */
export interface ManualHeader<F extends string> {
  headerRow?: number | undefined
  columns?: readonly { index: number; field: F | null }[] | undefined
}

/**
 * sheetHeader for any kind of sheet. `remembered` tells a header the office taught (shown
 * as such); null when the vocabulary's required field has no column.
 */
export function sheetHeaderWith<F extends string>(
  grid: readonly GridRow[],
  vocabulary: HeaderVocabulary<F>,
  manual: ManualHeader<F> | undefined,
  remembered: (header: string) => boolean = () => false,
): MappedHeader<F> | null {
  let detected: DetectedHeader<F> | null
  if (manual?.headerRow !== undefined) {
    const at = manual.headerRow
    const rows = grid.filter((r) => r.row === at || r.row === at - 1)
    const found = detectHeaderWith(rows, vocabulary)
    detected =
      found && found.headerRows.at(-1) === at
        ? found
        : plainHeader(
            grid.find((r) => r.row === at),
            vocabulary,
          )
  } else {
    detected = detectHeaderWith(grid, vocabulary)
  }
  if (!detected && !manual?.columns) return null
  const headerRows = detected?.headerRows ?? []
  const byIndex = new Map<number, ImportSheetColumn<F>>()
  for (const c of detected?.columns ?? []) {
    const source: ImportColumnSource = !c.field
      ? 'none'
      : remembered(c.header)
        ? 'memory'
        : 'header'
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
  const owner = new Map<F, number>()
  for (const c of [...byIndex.values()].sort((a, b) => rank(a) - rank(b) || a.index - b.index)) {
    if (!c.field) continue
    if (owner.has(c.field)) byIndex.set(c.index, { ...c, field: null, source: 'none' })
    else owner.set(c.field, c.index)
  }
  const columns = [...byIndex.values()].sort((a, b) => a.index - b.index)
  if (!owner.has(vocabulary.required)) return null
  return {
    headerRows,
    columns,
    mapped: columns.flatMap((c) => (c.field ? [{ index: c.index, field: c.field }] : [])),
  }
}

const rank = (c: { source: ImportColumnSource }) => (c.source === 'manual' ? 0 : 1)

function plainHeader<F extends string>(
  row: GridRow | undefined,
  vocabulary: HeaderVocabulary<F>,
): DetectedHeader<F> | null {
  if (!row) return null
  return {
    headerRows: [row.row],
    columns: row.cells.map((cell, index) => ({
      index,
      header: (cell ?? '').trim(),
      group: '',
      field: cell ? vocabulary.fieldOf(cell) : null,
    })),
  }
}
