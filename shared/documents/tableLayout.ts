import type { DocColumn } from './columns'
import { fitColumns, type ContentColumnSpec } from './fitColumns'
import { contentHeight, contentWidth, MM_PER_PT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import { pageLabel, paginateRows } from './paginate'
import { cellHeightMm, wrapText } from './wrapText'

/** Readable floors: a title never shrinks below 小4号-ish 14 pt, table text below 9 pt. */
export const MIN_TITLE_PT = 14
export const MIN_CELL_PT = 9

/** The title block as printed: the title's lines and size, the info lines, their heights. */
export interface DocHead {
  titleLines: string[]
  titlePt: number
  titleMm: number
  infoLines: string[]
  infoPt: number
  infoMm: number
}

const TITLE_LINE = 1.3

/**
 * A long title wraps onto a second line at full size rather than shrink; only past two lines
 * does it shrink, never below MIN_TITLE_PT. Info lines wrap at 4号. The block grows by the
 * extra lines over the layout's one-line heights.
 */
export function layoutHead(
  title: string,
  info: readonly string[],
  layout: Pick<TableLayout, 'page' | 'titleMm' | 'infoMm'>,
): DocHead {
  const width = contentWidth(layout.page)
  let titlePt: number = TYPE_SIZES_PT.title
  let titleLines = wrapText(title, width, titlePt, 0)
  while (titleLines.length > 2 && titlePt > MIN_TITLE_PT) {
    titlePt -= 1
    titleLines = wrapText(title, width, titlePt, 0)
  }
  const titleLineMm = titlePt * MM_PER_PT * TITLE_LINE
  const infoPt = TYPE_SIZES_PT.info
  const infoLines = info.flatMap((l) => wrapText(l, width, infoPt, 0))
  const infoLineMm = layout.infoMm / Math.max(1, info.length)
  return {
    titleLines,
    titlePt,
    titleMm: layout.titleMm + (titleLines.length - 1) * titleLineMm,
    infoLines,
    infoPt,
    infoMm: infoLineMm * Math.max(info.length, infoLines.length),
  }
}

/** How a table's text is set: the size of header and cells, the header's height. */
export interface TableType {
  pt: number
  headerMm: number
}

export interface LaidOutPage<R> {
  number: number
  total: number
  /** `第 N 页 共 M 页`. */
  label: string
  showTitle: boolean
  rows: R[]
  /** Height of each row on this page, in mm: rows grow to hold their wrapped text. */
  rowHeights: number[]
  footer: string | null
}

export interface LaidOutTable<R> {
  head: DocHead
  columns: DocColumn[]
  type: TableType
  pages: LaidOutPage<R>[]
}

/** The height a row needs: its tallest cell, never less than the layout's row. */
export function rowHeight(
  cells: readonly string[],
  columns: readonly DocColumn[],
  pt: number,
  minMm: number,
): number {
  let lines = 1
  columns.forEach((c, i) => {
    const text = cells[i] ?? ''
    if (text) lines = Math.max(lines, wrapText(text, c.widthMm, pt).length)
  })
  return Math.max(minMm, cellHeightMm(lines, pt))
}

/**
 * Lays a table document out: the title block, columns sized by their text at the largest of
 * `sizesPt` that fits, each row as tall as its wrapped text, and pages cut by those heights
 * (header on every page, footer with the last rows). `cellsOf` gives a row's printed cells.
 */
export function layoutTable<R>(input: {
  layout: TableLayout
  title: string
  infoLines: readonly string[]
  specs: readonly ContentColumnSpec[]
  rows: readonly R[]
  cellsOf: (row: R) => readonly string[]
  /** Cells that are not rows of the table but must fit its columns (a 合计 row). */
  alsoSizes?: readonly (readonly string[])[]
  sizesPt: readonly number[]
  footer: string
}): LaidOutTable<R> {
  const { layout } = input
  const cells = input.rows.map(input.cellsOf)
  const { columns, pt } = fitColumns(
    input.specs,
    [...cells, ...(input.alsoSizes ?? [])],
    contentWidth(layout.page),
    input.sizesPt,
  )
  const head = layoutHead(input.title, input.infoLines, layout)
  const headerMm = rowHeight(
    columns.map((c) => c.label),
    columns,
    pt,
    layout.headerMm,
  )
  const heights = cells.map((c) => rowHeight(c, columns, pt, layout.rowMm))
  const titleMm = head.titleMm + head.infoMm
  const slices = paginateRows(heights, {
    bodyMm: contentHeight(layout.page),
    firstHeadMm: titleMm + headerMm,
    laterHeadMm: (layout.repeatTitle ? titleMm : 0) + headerMm,
    footerMm: layout.footerMm,
    repeatTitle: layout.repeatTitle,
  })
  return {
    head,
    columns,
    type: { pt, headerMm },
    pages: slices.map((s) => ({
      number: s.number,
      total: slices.length,
      label: pageLabel(s.number, slices.length),
      showTitle: s.showTitle,
      rows: input.rows.slice(s.from, s.to),
      rowHeights: heights.slice(s.from, s.to),
      footer: s.showFooter ? input.footer : null,
    })),
  }
}
