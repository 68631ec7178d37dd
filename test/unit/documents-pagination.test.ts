import { describe, expect, it } from 'vitest'
import {
  contentHeight,
  LEDGER_LAYOUT,
  ROSTER_LAYOUT,
  SIGN_IN_LAYOUT,
  type TableLayout,
} from '../../shared/documents/geometry'
import { paginate, rowsPerPage } from '../../shared/documents/paginate'
import { buildSignInSheet, type SignInPerson } from '../../shared/documents/signInSheet'

const activity = {
  title: '2025年新联会会员学习交流会',
  startDate: '2025-03-12',
  startTime: '14:30',
  endDate: null,
  place: '县社会主义学院报告厅',
  hostUnits: ['县委统战部'],
  organizerUnits: ['县新联会'],
}

function people(n: number): SignInPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    seq: i + 1,
    name: `参会者${i + 1}`,
    sex: i % 2 ? '2' : '1',
    employer: `第${i + 1}有限公司`,
    jobTitle: '总经理',
    phone: '13812345678',
  }))
}

/** The fewest pages that hold n rows when every page holds `cap` and the last `capLast`. */
function fewestPages(n: number, cap: number, capLast: number): number {
  return n <= capLast ? 1 : Math.ceil((n - capLast) / cap) + 1
}

function checkInvariants(n: number, layout: TableLayout) {
  const pages = paginate(n, layout)
  // Rows are covered once, in order.
  expect(pages[0]!.from).toBe(0)
  expect(pages.at(-1)!.to).toBe(n)
  pages.forEach((p, i) => {
    if (i > 0) expect(p.from).toBe(pages[i - 1]!.to)
    // No page ends on a lone header: every page carries at least one data row…
    expect(p.to - p.from).toBeGreaterThanOrEqual(1)
    // …and never more than fit under its title, header and (last page) footer.
    const cap = rowsPerPage(layout, { first: i === 0, withFooter: p.showFooter })
    expect(p.to - p.from).toBeLessThanOrEqual(cap)
    expect(p.number).toBe(i + 1)
  })
  // The footer is on the last page only, together with the last rows.
  expect(pages.map((p) => p.showFooter)).toEqual(pages.map((_, i) => i === pages.length - 1))
  return pages
}

describe('sign-in sheet geometry', () => {
  it('derives rows per page from the A4 page, margins and block heights', () => {
    const L = SIGN_IN_LAYOUT
    expect(contentHeight(L.page)).toBe(297 - L.page.margin.top - L.page.margin.bottom)
    const free = contentHeight(L.page) - L.titleMm - L.infoMm - L.headerMm
    expect(rowsPerPage(L, { first: true, withFooter: false })).toBe(Math.floor(free / L.rowMm))
    expect(rowsPerPage(L, { first: true, withFooter: true })).toBe(
      Math.floor((free - L.footerMm) / L.rowMm),
    )
    // The title repeats, so later pages hold as many as the first.
    expect(rowsPerPage(L, { first: false, withFooter: false })).toBe(
      rowsPerPage(L, { first: true, withFooter: false }),
    )
  })

  it('puts 137 participants and 10 blank rows on 10 A4 pages', () => {
    /*
     * By hand, for the default geometry: A4 is 297 mm high; GB/T 9704 margins 37 mm top and
     * 35 mm bottom leave 225 mm. Title 16 + info 14 + header 10 = 40 mm, so 185 mm for rows:
     * 185 / 12 = 15 rows a page (180 mm). The last page also holds the 10 mm footer:
     * 175 / 12 = 14 rows. 137 + 10 = 147 rows = 9 full pages (135) + 12 rows ≤ 14 → 10 pages.
     */
    const sheet = buildSignInSheet(activity, people(137), { blankRows: 10 })
    expect(sheet.pages).toHaveLength(10)
    const L = SIGN_IN_LAYOUT
    expect(sheet.pages).toHaveLength(
      fewestPages(
        147,
        rowsPerPage(L, { first: false, withFooter: false }),
        rowsPerPage(L, { first: false, withFooter: true }),
      ),
    )
    expect(sheet.pages.map((p) => p.rows.length)).toEqual([15, 15, 15, 15, 15, 15, 15, 15, 15, 12])
  })

  it('never leaves a lone header or a lone footer, at any length, on every layout', () => {
    for (const layout of [SIGN_IN_LAYOUT, ROSTER_LAYOUT, LEDGER_LAYOUT]) {
      for (let n = 1; n <= 300; n++) {
        const pages = checkInvariants(n, layout)
        if (layout.repeatTitle) {
          const cap = rowsPerPage(layout, { first: false, withFooter: false })
          const capLast = rowsPerPage(layout, { first: false, withFooter: true })
          expect({ n, pages: pages.length }).toEqual({ n, pages: fewestPages(n, cap, capLast) })
        }
      }
    }
  })

  it('carries rows over when the last rows fill a page and the footer would stand alone', () => {
    // 15 rows fill the first page exactly; the footer does not fit under them.
    const pages = paginate(15, SIGN_IN_LAYOUT)
    expect(pages.map((p) => p.to - p.from)).toEqual([13, 2])
    expect(pages[1]!.showFooter).toBe(true)
  })

  it('shows the title on every page of a sign-in sheet and on the first page of a roster', () => {
    expect(paginate(100, SIGN_IN_LAYOUT).every((p) => p.showTitle)).toBe(true)
    const roster = paginate(100, ROSTER_LAYOUT)
    expect(roster.map((p) => p.showTitle)).toEqual(roster.map((_, i) => i === 0))
    // Without the title block later roster pages hold more rows than the first.
    expect(rowsPerPage(ROSTER_LAYOUT, { first: false, withFooter: false })).toBeGreaterThan(
      rowsPerPage(ROSTER_LAYOUT, { first: true, withFooter: false }),
    )
  })
})
