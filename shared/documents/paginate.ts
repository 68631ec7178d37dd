import { contentHeight, type TableLayout } from './geometry'

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
 * Splits `rowCount` rows into pages. Every page carries the header and at least one data
 * row — no page ends on a lone header — and the footer stays with the last rows: when the
 * last rows fill a page so the footer would fall onto a page of its own, up to two rows are
 * carried over to keep it company.
 */
export function paginate(rowCount: number, layout: TableLayout): PageSlice[] {
  const cap = (first: boolean, withFooter: boolean) => rowsPerPage(layout, { first, withFooter })
  if (cap(true, true) < 1 || cap(false, true) < 1)
    throw new Error('layout leaves no room for a row and the footer')
  const pages: PageSlice[] = []
  const push = (from: number, to: number, last: boolean) =>
    pages.push({
      number: pages.length + 1,
      from,
      to,
      showTitle: pages.length === 0 || layout.repeatTitle,
      showFooter: last,
    })
  let start = 0
  for (;;) {
    const first = pages.length === 0
    const left = rowCount - start
    if (left <= cap(first, true)) {
      push(start, rowCount, true)
      return pages
    }
    if (left > cap(first, false)) {
      push(start, start + cap(first, false), false)
      start += cap(first, false)
      continue
    }
    // The rest fits as rows but not with the footer: leave some for the last page.
    const carry = Math.min(2, left - 1, cap(false, true))
    push(start, rowCount - carry, false)
    start = rowCount - carry
  }
}
