import { cellText, type RawCell } from '../../../shared/import/rawCell'
import { normalizePersonName } from '../../../shared/persons/normalizeName'
import { namePinyin } from '../../../shared/persons/searchKeys'
import type { NameReading } from './sheetMessages'

/**
 * A 姓名 cell as the validator makes a name of it, and that name's pinyin. Loaded by the
 * reading worker once it is asked for names: a worker that only reads pays nothing for
 * pinyin-pro's dictionary.
 */
export function nameReading(cell: RawCell | undefined): NameReading | undefined {
  const name = normalizePersonName(cellText(cell))
  return name ? { name, pinyin: namePinyin(name) } : undefined
}
