import { fieldOfHeader, isIgnoredHeader } from './headerSynonyms'
import type { ImportField } from './importFields'
import { normalizeHeader } from './normalizeHeader'

/** A row of a sheet as text: `cells[0]` is column A. Row numbers are as Excel shows them. */
export interface GridRow {
  row: number
  cells: readonly (string | null)[]
}

export interface HeaderColumn {
  /** 0 for column A. */
  index: number
  /** The header text of the column (the lower one of a two-level header), or ''. */
  header: string
  /** The group label above it in a two-level header (基本信息), or ''. */
  group: string
  field: ImportField | null
}

export interface DetectedHeader {
  /** One row, or the group row and the row under it. */
  headerRows: number[]
  columns: HeaderColumn[]
}

/** Header rows are looked for among the first rows of a sheet only. */
export const HEADER_SCAN_ROWS = 30

const text = (cell: string | null | undefined) => (cell ?? '').trim()

/**
 * Finds the header of a roster: the row (or pair of rows, for two-level merged headers)
 * whose cells name the most fields, which must include 姓名. Title rows above it (one merged
 * text) and lines such as 填报单位 are passed over. Merged cells arrive empty except for their
 * first cell, so a column empty in the lower header row takes the text of the row above
 * (序号 and 手机号码 merged down over two rows). Null when no row names 姓名 and another field.
 * Pure; never throws.
 */
export function detectHeader(
  grid: readonly GridRow[],
  remembered?: ReadonlyMap<string, ImportField | null>,
): DetectedHeader | null {
  let best: { score: number; header: DetectedHeader } | null = null
  const rows = grid.slice(0, HEADER_SCAN_ROWS)
  for (let i = 0; i < rows.length; i++) {
    const lower = rows[i]!
    const above = i > 0 ? rows[i - 1]! : null
    const upper = above && above.row === lower.row - 1 && isGroupRow(above) ? above : null
    const candidates = [single(lower, remembered)]
    if (upper) {
      // On a tie the two-row reading wins only if the upper row names columns itself
      // (序号 or 手机号码 merged down); a row of group labels alone adds nothing.
      const pair = combine(upper, lower, remembered)
      if (namesAColumn(upper, remembered)) candidates.unshift(pair)
      else candidates.push(pair)
    }
    for (const header of candidates) {
      const score = scoreOf(header)
      if (score > (best?.score ?? 1)) best = { score, header }
    }
  }
  return best?.header ?? null
}

function single(row: GridRow, remembered?: ReadonlyMap<string, ImportField | null>) {
  const columns = row.cells.map((cell, index) => column(index, text(cell), '', remembered))
  return { headerRows: [row.row], columns: dedupe(columns) }
}

function combine(
  upper: GridRow,
  lower: GridRow,
  remembered?: ReadonlyMap<string, ImportField | null>,
): DetectedHeader {
  const width = Math.max(upper.cells.length, lower.cells.length)
  const columns: HeaderColumn[] = []
  let group = ''
  for (let index = 0; index < width; index++) {
    const top = text(upper.cells[index])
    const bottom = text(lower.cells[index])
    // A merged group label fills only its first cell: carry it to the right while the
    // row above stays empty and the row below goes on naming columns.
    if (top) group = top
    else if (!bottom) group = ''
    if (bottom) {
      const own = column(index, bottom, top || group, remembered)
      const fromTop = top ? fieldOfHeader(top, remembered) : null
      columns.push(own.field || !fromTop ? own : column(index, top, '', remembered))
    } else {
      columns.push(column(index, top, '', remembered))
      group = ''
    }
  }
  return { headerRows: [upper.row, lower.row], columns: dedupe(columns) }
}

function column(
  index: number,
  header: string,
  group: string,
  remembered?: ReadonlyMap<string, ImportField | null>,
): HeaderColumn {
  return { index, header, group, field: header ? fieldOfHeader(header, remembered) : null }
}

/** A field named twice (手机 and 联系电话) is read from its first column only. */
function dedupe(columns: HeaderColumn[]): HeaderColumn[] {
  const seen = new Set<ImportField>()
  return columns.map((c) => {
    if (!c.field) return c
    if (seen.has(c.field)) return { ...c, field: null }
    seen.add(c.field)
    return c
  })
}

/** Fields named, or 0 when 姓名 is not among them; a tie goes to the earlier header. */
function scoreOf(header: DetectedHeader): number {
  const fields = new Set(header.columns.map((c) => c.field).filter((f) => f !== null))
  if (!fields.has('name')) return 0
  const known = header.columns.filter((c) => c.field || isIgnoredHeader(c.header)).length
  return fields.size + known / 1000
}

function namesAColumn(row: GridRow, remembered?: ReadonlyMap<string, ImportField | null>) {
  return row.cells.some((c) => text(c) && (fieldOfHeader(c, remembered) || isIgnoredHeader(c)))
}

/**
 * A row that can be the upper half of a two-level header: two or more different texts
 * (a merged title or a 填报单位 line has one), none of them a number (a data row has some).
 */
function isGroupRow(row: GridRow): boolean {
  const texts = new Set<string>()
  for (const cell of row.cells) {
    const t = text(cell)
    if (!t) continue
    if (/^[\d.\s-]+$/.test(t)) return false
    texts.add(normalizeHeader(t))
  }
  return texts.size >= 2
}
