import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sizeColumns } from '../../shared/documents/columns'
import { textEms } from '../../shared/documents/format'
import { MM_PER_PT } from '../../shared/documents/geometry'
import { autoColumnWidths, CELL_LINE_HEIGHT, fitCell } from '../../renderer/src/print/cellFont'
import { pageRuleCss, printFontCss, PRINT_FONTS } from '../../renderer/src/print/fonts'
import { totalCells } from '../../renderer/src/print/totalCells'

describe('text in fixed-size cells', () => {
  const cell = { widthMm: 20, heightMm: 8 }

  it('keeps short text at the base size on one line', () => {
    expect(fitCell('张三', cell, 10.5, 2)).toEqual({ pt: 10.5, lines: 1 })
  })

  it('wraps long Chinese text rather than shrinking it much, when the row allows two lines', () => {
    const fit = fitCell('民营企业管理技术人员', cell, 10.5, 2)
    expect(fit.lines).toBe(2)
    expect(fit.pt).toBeGreaterThan(fitCell('民营企业管理技术人员', cell, 10.5, 1).pt)
  })

  it('never wraps numbers and dates; they shrink below the Chinese minimum instead', () => {
    const fit = fitCell('1985.03.12', { widthMm: 15.6, heightMm: 8 }, 10.5, 2)
    expect(fit.lines).toBe(1)
    expect(fit.pt).toBeLessThan(7)
    expect(fit.pt).toBeGreaterThanOrEqual(6)
  })

  it('whatever the text, the lines chosen fit the row height, and fit the width unless at the floor', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('张', '县', 'A', '1', '（', '·'), maxLength: 40 }),
        fc.double({ min: 8, max: 60, noNaN: true }),
        fc.constantFrom(8, 10, 12),
        fc.constantFrom(1, 2),
        (text, widthMm, heightMm, maxLines) => {
          const fit = fitCell(text, { widthMm, heightMm }, 12, maxLines)
          expect(fit.lines).toBeLessThanOrEqual(maxLines)
          expect(fit.pt).toBeLessThanOrEqual(12)
          if (fit.pt > 7) {
            expect(fit.lines * fit.pt * CELL_LINE_HEIGHT * MM_PER_PT).toBeLessThanOrEqual(heightMm)
            expect(textEms(text) * fit.pt * MM_PER_PT).toBeLessThanOrEqual(
              fit.lines * (widthMm - 3) + 1e-6,
            )
          }
        },
      ),
    )
  })

  it('sizes columns of a table without widths by their widest text, filling the width', () => {
    const widths = autoColumnWidths(
      ['日期', '活动名称', '类型', '角色'],
      [['2025.03.12', '新的社会阶层人士代表座谈会', '理论学习', '参加']],
      156,
    )
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(156, 5)
    expect(widths[1]).toBeGreaterThan(widths[0]!)
    expect(widths[1]).toBeGreaterThan(widths[3]!)
  })
})

describe('the 合计 row', () => {
  const columns = sizeColumns(
    ['seq', 'date', 'title', 'type', 'participants'].map((key) => ({
      key,
      label: key,
      weight: 10,
    })),
    100,
  )

  it('spans its label over the empty cells after it and keeps the rest in their columns', () => {
    const cells = totalCells(columns, ['合计', '', '', '4', '165'])
    expect(cells.map((c) => [c.text, c.span])).toEqual([
      ['合计', 3],
      ['4', 1],
      ['165', 1],
    ])
    expect(cells[0]!.widthMm).toBeCloseTo(60, 5)
    expect(cells.reduce((s, c) => s + c.span, 0)).toBe(columns.length)
  })
})

describe('print fonts', () => {
  it('put a heavy Song or Hei first for titles, 仿宋 for the body, and CJK fallbacks Debian has', () => {
    const css = printFontCss()
    expect(css).toMatch(
      /local\("方正小标宋简体"\).*local\("SimHei"\).*local\("Noto Serif CJK SC Bold"\)/s,
    )
    expect(PRINT_FONTS.body.indexOf('FangSong')).toBeLessThan(
      PRINT_FONTS.body.indexOf('Noto Serif CJK SC'),
    )
    expect(PRINT_FONTS.body).toMatch(/仿宋_GB2312/)
    for (const stack of Object.values(PRINT_FONTS))
      expect(stack).toMatch(/Noto (Serif|Sans) CJK SC/)
    expect(css).toContain('--xl-font-title:')
  })

  it('set the page to A4 in the document orientation with no printer margins', () => {
    expect(pageRuleCss('landscape')).toBe('@page { size: A4 landscape; margin: 0; }')
    expect(pageRuleCss('portrait')).toContain('A4 portrait')
  })
})
