import { fieldOfHeader, isIgnoredHeader } from './headerSynonyms'
import type { ImportField } from './importFields'
import { normalizeHeader } from './normalizeHeader'

/** A row of a sheet as text: `cells[0]` is column A. Row numbers are as Excel shows them. */
export interface GridRow {
  row: number
  cells: readonly (string | null)[]
}

export interface HeaderColumn<F extends string = ImportField> {
  /** 0 for column A. */
  index: number
  /** The header text of the column (the lower one of a two-level header), or ''. */
  header: string
  /** The group label above it in a two-level header (基本信息), or ''. */
  group: string
  field: F | null
}

export interface DetectedHeader<F extends string = ImportField> {
  /** One row, or the group row and the row under it. */
  headerRows: number[]
  columns: HeaderColumn<F>[]
}

/** What a kind of sheet (a roster, a 建言献策台账) calls its columns. */
export interface HeaderVocabulary<F extends string> {
  fieldOf(header: string): F | null
  /** A header row names this field (姓名 of a roster, 标题 of a ledger). */
  required: F
}

/** A roster's columns, with the office's remembered spellings. */
export function rosterVocabulary(
  remembered?: ReadonlyMap<string, ImportField | null>,
): HeaderVocabulary<ImportField> {
  return { fieldOf: (header) => fieldOfHeader(header, remembered), required: 'name' }
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
  return detectHeaderWith(grid, rosterVocabulary(remembered))
}

/** detectHeader for any kind of sheet: the vocabulary names its columns and the one required. */
export function detectHeaderWith<F extends string>(
  grid: readonly GridRow[],
  vocabulary: HeaderVocabulary<F>,
): DetectedHeader<F> | null {
  let best: { score: number; header: DetectedHeader<F> } | null = null
  const rows = grid.slice(0, HEADER_SCAN_ROWS)
  for (let i = 0; i < rows.length; i++) {
    const lower = rows[i]!
    const above = i > 0 ? rows[i - 1]! : null
    const upper = above && above.row === lower.row - 1 && isGroupRow(above) ? above : null
    const candidates = [single(lower, vocabulary)]
    if (upper) {
      // On a tie the two-row reading wins only if the upper row names columns itself
      // (序号 or 手机号码 merged down); a row of group labels alone adds nothing.
      const pair = combine(upper, lower, vocabulary)
      if (namesAColumn(upper, vocabulary)) candidates.unshift(pair)
      else candidates.push(pair)
    }
    for (const header of candidates) {
      const score = scoreOf(header, vocabulary.required)
      if (score > (best?.score ?? 1)) best = { score, header }
    }
  }
  return best?.header ?? null
}

function single<F extends string>(row: GridRow, vocabulary: HeaderVocabulary<F>) {
  const columns = row.cells.map((cell, index) => column(index, text(cell), '', vocabulary))
  return { headerRows: [row.row], columns: dedupe(columns) }
}

function combine<F extends string>(
  upper: GridRow,
  lower: GridRow,
  vocabulary: HeaderVocabulary<F>,
): DetectedHeader<F> {
  const width = Math.max(upper.cells.length, lower.cells.length)
  const columns: HeaderColumn<F>[] = []
  let group = ''
  for (let index = 0; index < width; index++) {
    const top = text(upper.cells[index])
    const bottom = text(lower.cells[index])
    // A merged group label fills only its first cell: carry it to the right while the
    // row above stays empty and the row below goes on naming columns.
    if (top) group = top
    else if (!bottom) group = ''
    if (bottom) {
      const own = column(index, bottom, top || group, vocabulary)
      const fromTop = top ? vocabulary.fieldOf(top) : null
      columns.push(own.field || !fromTop ? own : column(index, top, '', vocabulary))
    } else {
      columns.push(column(index, top, '', vocabulary))
      group = ''
    }
  }
  return { headerRows: [upper.row, lower.row], columns: dedupe(columns) }
}

function column<F extends string>(
  index: number,
  header: string,
  group: string,
  vocabulary: HeaderVocabulary<F>,
): HeaderColumn<F> {
  return { index, header, group, field: header ? vocabulary.fieldOf(header) : null }
}

/** A field named twice (手机 and 联系电话) is read from its first column only. */
function dedupe<F extends string>(columns: HeaderColumn<F>[]): HeaderColumn<F>[] {
  const seen = new Set<F>()
  return columns.map((c) => {
    if (!c.field) return c
    if (seen.has(c.field)) return { ...c, field: null }
    seen.add(c.field)
    return c
  })
}

/** Fields named, or 0 when 姓名 is not among them; a tie goes to the earlier header. */
function scoreOf<F extends string>(header: DetectedHeader<F>, required: F): number {
  const fields = new Set(header.columns.map((c) => c.field).filter((f) => f !== null))
  if (!fields.has(required)) return 0
  const known = header.columns.filter((c) => c.field || isIgnoredHeader(c.header)).length
  return fields.size + known / 1000
}

function namesAColumn<F extends string>(row: GridRow, vocabulary: HeaderVocabulary<F>) {
  return row.cells.some((c) => text(c) && (vocabulary.fieldOf(text(c)) || isIgnoredHeader(c)))
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
