import { textEms } from '../../../shared/documents/format'

/*
 * Row heights for wrapped text in the office sheets. Excel and WPS do not re-measure rows
 * when a file opens, so a row of long 工作单位 would stay one line high and hide the rest:
 * the writer sets every row's height from its text (customHeight), which all of Excel, WPS
 * and LibreOffice honour. Widths are in Excel's units (one digit of the default font, about
 * half a Chinese character at 11 pt 宋体).
 */

/** Width units one Chinese character of 11 pt 宋体 takes, a little over two digits. */
const UNITS_PER_EM = 2.1
/** Cell margins Excel keeps inside a column, in width units. */
const CELL_MARGIN = 0.8
/** Points one line of 11 pt 宋体 takes, and the row's room above and below. */
const LINE_PT = 14.5
const ROW_PAD_PT = 4
/** A data row is never lower than this (one line, as the header-less default). */
export const MIN_ROW_PT = 18

/** Ems one line of a wrapping cell `width` units wide holds at `fontPt`. */
function emsPerLine(width: number, fontPt: number): number {
  return Math.max(1, ((width - CELL_MARGIN) / UNITS_PER_EM) * (11 / fontPt))
}

/** Lines `text` takes in a wrapping cell `width` units wide at `fontPt`. */
export function wrappedLines(text: string, width: number, fontPt = 11): number {
  const perLine = emsPerLine(width, fontPt)
  const linesOf = (para: string) => Math.max(1, Math.ceil((textEms(para) - 1e-6) / perLine))
  // Most cells are one paragraph: no split and no array for them.
  if (!text.includes('\n')) return linesOf(text)
  return text.split('\n').reduce((n, para) => n + linesOf(para), 0)
}

/** Height (points) of a row whose tallest cell holds `lines` lines of `fontPt` type. */
export function rowHeightPt(lines: number, fontPt = 11): number {
  return Math.max(MIN_ROW_PT, Math.round(lines * LINE_PT * (fontPt / 11) + ROW_PAD_PT))
}

/** The height of a row of text cells in columns of the given widths. */
export function textRowHeight(
  cells: readonly (string | number | null)[],
  widths: readonly number[],
): number {
  let lines = 1
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]
    if (typeof v !== 'string' || !v) continue
    const width = widths[i] ?? 10
    // No code unit is wider than one em (textEms), so a paragraph of no more units than the
    // row's lines hold cannot make it taller: not measured. Most cells are such (names,
    // codes, dates); measuring each was ~0.5 s of an export of 100k persons.
    if (v.length <= lines * emsPerLine(width, 11) && !v.includes('\n')) continue
    lines = Math.max(lines, wrappedLines(v, width))
  }
  return rowHeightPt(lines)
}
