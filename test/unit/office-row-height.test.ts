import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  rowHeightPt,
  textRowHeight,
  wrappedLines,
} from '../../electron/services/excel/officeRowHeight'

/** The row height as first written: every text cell measured. */
function heightMeasuringAll(cells: readonly (string | number | null)[], widths: number[]): number {
  let lines = 1
  cells.forEach((v, i) => {
    if (typeof v === 'string' && v) lines = Math.max(lines, wrappedLines(v, widths[i] ?? 10))
  })
  return rowHeightPt(lines)
}

describe('textRowHeight', () => {
  it('gives the height of measuring every cell, though it skips cells too short to matter', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '张',
            '（',
            'A',
            '1',
            ' ',
            '\n',
            '\ud840\udc00',
            '\ud83d\ude00',
            '\ud800',
          ),
          fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''))
    const cell = fc.oneof(text, fc.constant(null), fc.integer())
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(2.9))), {
          maxLength: 14,
        }),
        (row) => {
          const cells = row.map(([v]) => v)
          const widths = row.map(([, w]) => w)
          expect(textRowHeight(cells, widths)).toBe(heightMeasuringAll(cells, widths))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('still grows a row for a short cell of several lines', () => {
    expect(textRowHeight(['甲\n乙\n丙'], [30])).toBe(rowHeightPt(3))
    expect(textRowHeight(['张伟'], [30])).toBe(rowHeightPt(1))
  })
})
