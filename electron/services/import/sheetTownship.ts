import type { SheetMapping } from '../../../shared/contract/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import type { DictionaryKind } from '../../../shared/persons/fieldSpecs'
import { compactText } from '../../../shared/text/halfWidth'
import type { SheetHeader } from './sheetHeader'

/**
 * A sheet named after a 乡镇（街道） of the dictionary, in a file without a 乡镇 column: county
 * rosters come as one sheet per township. Offered to fill every row's 乡镇 from the name, on
 * unless the user turned it off (SheetMapping.townshipFromName). The name is carried as one
 * more cell after the row's own, so it is read, checked and reported as a column would be.
 */
export function sheetTownship(
  sheet: string,
  header: SheetHeader,
  manual: SheetMapping | undefined,
  resolve: (kind: DictionaryKind, text: string) => string | null,
): { name: string; applied: boolean; header: SheetHeader } | null {
  if (header.mapped.some((m) => m.field === 'township')) return null
  const name = compactText(sheet)
  if (!name || !resolve('township', name)) return null
  const applied = manual?.townshipFromName ?? true
  return {
    name,
    applied,
    header: {
      ...header,
      sheetTownship: name,
      mapped: [...header.mapped, { index: SHEET_NAME_CELL, field: 'township' }],
    },
  }
}

/** Past every column a sheet can have (16384): no cell of the file is ever taken for it. */
const SHEET_NAME_CELL = 16_384

/** The row's cells with the sheet's township name where the header maps it. */
export function withSheetTownship(cells: RawCell[], header: SheetHeader): RawCell[] {
  if (header.sheetTownship === undefined) return cells
  const out = cells.slice()
  out[SHEET_NAME_CELL] = header.sheetTownship
  return out
}
