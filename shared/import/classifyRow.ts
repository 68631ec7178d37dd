import { compactText } from '../text/halfWidth'
import type { HeaderColumn } from './detectHeader'
import { normalizeHeader } from './normalizeHeader'

/** What a row under the header is: a person, or one of the lines rosters carry besides. */
export type RowKind = 'data' | 'blank' | 'total' | 'note' | 'header'

// 合计, 合计：40人, 总计40人 — but not a name that happens to start with the same characters.
const TOTAL = /^(合计|总计|小计|共计|总人数)(?![\p{Script=Han}·])|^(合计|总计|小计|共计)人数/u
const NOTE = /^(注|说明|填表说明|备注|附注)\s*(\d|[:：、.．]|$)/
const FOOTER =
  /^(填表人|填报人|制表人|审核人|负责人|联系人|填报日期|制表日期|单位盖章|盖章)\s*[:：]/

/** The header texts a repeated header row is recognized by, prepared once per sheet. */
export interface HeaderEcho {
  index: number
  key: string
}

/**
 * The 姓名 column's header (a ledger's 标题): a row that repeats it there is a repeated
 * header row.
 */
export function headerEcho<F extends string>(
  columns: readonly HeaderColumn<F>[],
  key: F | 'name' = 'name',
): HeaderEcho | null {
  const name = columns.find((c) => c.field === key && c.header)
  return name ? { index: name.index, key: normalizeHeader(name.header) } : null
}

/**
 * Classifies a row by its text. 合计 and 注/说明 lines are recognized in the first filled cells
 * only, where offices put them (often merged across the sheet), so a person's 备注 that says
 * 注：… is still a person. A repeated header (printouts repeat it on every page) is skipped,
 * and so is a lone sentence without a name (the second line of a note).
 */
export function classifyRow(cells: readonly (string | null)[], echo: HeaderEcho | null): RowKind {
  let seen = 0
  let first = ''
  for (const cell of cells) {
    if (cell === null || cell === '') continue
    const t = compactText(cell)
    if (!t) continue
    if (++seen === 1) first = t
    if (TOTAL.test(t)) return 'total'
    if (seen === 1 && (NOTE.test(t) || FOOTER.test(t))) return 'note'
    if (seen === 3) break
  }
  if (seen === 0) return 'blank'
  if (echo) {
    const name = cells[echo.index]
    if (name && normalizeHeader(name) === echo.key) return 'header'
    // The continuation of a note (2. 性别、民族……): one sentence, no name, merged across.
    if (seen === 1 && !name?.trim() && first.length >= 8 && !/^[\d.]+$/.test(first)) return 'note'
  }
  return 'data'
}
