import { contentHeight, type TableLayout } from './geometry'

/** The room a page offers its rows, in mm. */
export interface PageFrame {
  /** The type area's height. */
  bodyMm: number
  /** Title block and column header on the first page, and on the pages after it. */
  firstHeadMm: number
  laterHeadMm: number
  /** What follows the last row, on the last page only. */
  footerMm: number
  /** The title block is on every page, not just the first. */
  repeatTitle: boolean
}

/** Data rows that fit on one page: the page, minus the title block, header and footer. */
export function rowsPerPage(
  layout: TableLayout,
  where: { first: boolean; withFooter: boolean },
): number {
  const title = where.first || layout.repeatTitle ? layout.titleMm + layout.infoMm : 0
  const free =
    contentHeight(layout.page) - title - layout.headerMm - (where.withFooter ? layout.footerMm : 0)
  // A hair of tolerance: 15 × 12 mm must fit in 180 mm however the floats round.
  return Math.max(0, Math.floor((free + 1e-6) / layout.rowMm))
}

export interface PageSlice {
  /** 1-based page number. */
  number: number
  /** Data rows [from, to) of the document on this page. */
  from: number
  to: number
  showTitle: boolean
  showFooter: boolean
}

/** `第 N 页 共 M 页`. */
export function pageLabel(n: number, total: number): string {
  return `第 ${n} 页 共 ${total} 页`
}

/**
 * Splits `rowCount` rows of the layout's fixed height into pages (see paginateRows).
 */
export function paginate(rowCount: number, layout: TableLayout): PageSlice[] {
  const title = layout.titleMm + layout.infoMm
  return paginateRows(Array<number>(rowCount).fill(layout.rowMm), {
    bodyMm: contentHeight(layout.page),
    firstHeadMm: title + layout.headerMm,
    laterHeadMm: (layout.repeatTitle ? title : 0) + layout.headerMm,
    footerMm: layout.footerMm,
    repeatTitle: layout.repeatTitle,
  })
}

/** How many rows from `start` fit in `roomMm` (a hair of tolerance for float rounding). */
function rowsFitting(heights: readonly number[], start: number, roomMm: number): number {
  let used = 0
  let n = 0
  while (start + n < heights.length && used + heights[start + n]! <= roomMm + 1e-6) {
    used += heights[start + n]!
    n++
  }
  return n
}

/**
 * Splits rows of the given heights into pages. Every page carries the header and at least
 * one data row — no page ends on a lone header (a row taller than a page gets one of its
 * own) — and the footer stays with the last rows: when the last rows fill a page so the
 * footer would fall onto a page of its own, up to two rows are carried over to keep it
 * company.
 */
export function paginateRows(heights: readonly number[], frame: PageFrame): PageSlice[] {
  const count = heights.length
  const room = (first: boolean) => frame.bodyMm - (first ? frame.firstHeadMm : frame.laterHeadMm)
  if (room(true) - frame.footerMm <= 0 || room(false) - frame.footerMm <= 0)
    throw new Error('layout leaves no room for a row and the footer')
  const pages: PageSlice[] = []
  const push = (from: number, to: number, last: boolean) =>
    pages.push({
      number: pages.length + 1,
      from,
      to,
      showTitle: pages.length === 0 || frame.repeatTitle,
      showFooter: last,
    })
  let start = 0
  for (;;) {
    const first = pages.length === 0
    const left = count - start
    const withFooter = rowsFitting(heights, start, room(first) - frame.footerMm)
    if (left <= withFooter || left <= 1) {
      push(start, count, true)
      return pages
    }
    const without = Math.max(1, rowsFitting(heights, start, room(first)))
    if (left > without) {
      push(start, start + without, false)
      start += without
      continue
    }
    // The rest fits as rows but not with the footer: leave some for the last page.
    let carry = Math.min(2, left - 1)
    while (carry > 1 && rowsFitting(heights, count - carry, room(false) - frame.footerMm) < carry)
      carry--
    push(start, count - carry, false)
    start = count - carry
  }
}
