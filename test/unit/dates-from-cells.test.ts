import { strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { normalizeDate } from '../../shared/dates/normalizeDate'
import { normalizeRow } from '../../shared/import/normalizeRow'
import { cellText, type RawCell } from '../../shared/import/rawCell'
import { minimalXlsx, readAll } from './excel-fixtures'

/*
 * Dates as the user sees them in the cell, whatever the machine's time zone: this file runs
 * under Asia/Shanghai, UTC and America/Los_Angeles (vitest.config.ts, the dates-* projects).
 */

/** Custom formats 164…, one cell style per format, in the order given. */
function styles(formats: (string | number)[]): string {
  const custom = formats
    .map((f, i) =>
      typeof f === 'string'
        ? `<numFmt numFmtId="${164 + i}" formatCode="${f.replace(/"/g, '&quot;')}"/>`
        : '',
    )
    .join('')
  const xfs = formats
    .map((f, i) => `<xf numFmtId="${typeof f === 'number' ? f : 164 + i}" applyNumberFormat="1"/>`)
    .join('')
  return `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>${custom}</numFmts><cellXfs count="${formats.length}">${xfs}</cellXfs></styleSheet>`
}

/** One row of number cells, each with the style of its position. */
async function readNumbers(
  formats: (string | number)[],
  values: number[],
  opts: { date1904?: boolean } = {},
): Promise<RawCell[]> {
  const cells = values
    .map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i}"><v>${v}</v></c>`)
    .join('')
  const pr = opts.date1904 ? '<workbookPr date1904="1"/>' : ''
  const bytes = minimalXlsx({
    sheetXml: `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`,
    extra: {
      'xl/styles.xml': strToU8(styles(formats)),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pr}<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
  })
  const [sheet] = await readAll(bytes)
  return sheet!.rows[0]![1]
}

const day = (cell: RawCell) => normalizeDate(cell).value

describe('dates from cells, in every time zone', () => {
  it('a date-time at 16:00 or later stays on the day the cell shows', async () => {
    // 1985-10-05 16:30, 23:59:59 and 00:00; built-in 22 (yyyy/m/d h:mm) and 14 (yyyy/m/d).
    const cells = await readNumbers(
      [22, 22, 14, 'yyyy-mm-dd hh:mm'],
      [31325.6875, 31325.99998, 31325, 31325.75],
    )
    expect(cells.map(day)).toEqual(['1985-10-05', '1985-10-05', '1985-10-05', '1985-10-05'])
    expect(cells.map((c) => cellText(c))).toEqual([
      '1985-10-05',
      '1985-10-05',
      '1985-10-05',
      '1985-10-05',
    ])
  })

  it('reads a 1904-based workbook (Mac Excel) as the dates it shows', async () => {
    // 1985-10-05 is serial 29863 in the 1904 system; 18:00 on it too.
    const cells = await readNumbers([14, 22], [29863, 29863.75], { date1904: true })
    expect(cells.map(day)).toEqual(['1985-10-05', '1985-10-05'])
  })

  it('a year-and-month format gives the month, not a made-up first day', async () => {
    const cells = await readNumbers(['yyyy"年"m"月"', 27, 'yyyy.mm'], [31325, 31325.8, 31325])
    expect(cells).toEqual(['1985-10', '1985-10', '1985-10'])
    expect(cells.map((c) => normalizeDate(c).precision)).toEqual(['month', 'month', 'month'])
  })

  it('times of day and elapsed times read as Excel shows them, never as dates', async () => {
    const cells = await readNumbers(
      ['[h]:mm', '[h]:mm:ss', '[mm]:ss', 'h:mm', 20],
      [1.5208333333, 1.5208333333, 0.0625, 0.75, 0.3125],
    )
    expect(cells).toEqual(['36:30', '36:30:00', '90:00', '18:00', '7:30'])
  })

  it('a year.month number keeps the zero its number format shows', async () => {
    const cells = await readNumbers(['0.00', 2, '0', 0], [1986.1, 1986.1, 1986, 1986.1])
    expect(cells).toEqual(['1986.10', '1986.10', 1986, 1986.1])
    expect(normalizeDate(cells[0]!)).toEqual({ value: '1986-10', precision: 'month' })
    // General: the zero is gone from the file itself; read as January with a warning.
    expect(normalizeDate(cells[3]!).value).toBe('1986-01')
    expect(normalizeDate(cells[3]!).warning).toContain('1986.10')
  })

  it('ISO dates of cells of type d keep their calendar day', async () => {
    const bytes = minimalXlsx({
      sheetXml:
        '<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="d"><v>1985-10-05T18:30:00</v></c><c r="B1" t="d"><v>1985-10-05T23:00:00Z</v></c></row></sheetData></worksheet>',
    })
    const [sheet] = await readAll(bytes)
    expect(sheet!.rows[0]![1].map(day)).toEqual(['1985-10-05', '1985-10-05'])
  })

  it('dates saved as text: full-width digits, Chinese stops and a time after the date', () => {
    const texts = [
      '１９８５．１０．０５',
      '１９８５年１０月５日',
      '1985。10。5',
      '1985/10/5 18:30',
      '1985年10月05日 00:00:00',
      '１９８５－１０－０５　１８：３０',
    ]
    expect(texts.map(day)).toEqual(texts.map(() => '1985-10-05'))
  })

  it('a General year.month number keeps its warning into the row, with the cell to confirm', () => {
    const options = { today: '2026-01-01', resolveDictionary: () => null }
    const columns = [
      { index: 0, field: 'name' as const },
      { index: 1, field: 'birthDate' as const },
    ]
    const general = normalizeRow(['张三', 1986.1], columns, options)
    expect(general.ok && general.fields.birthDate).toBe('1986-01')
    expect(general.warnings).toEqual([
      expect.objectContaining({
        field: 'birthDate',
        column: 1,
        check: { shown: '1986.1', readAs: '1986-01' },
      }),
    ])
    // The same reading from text warns the same way; a fixed-decimals cell has nothing to confirm.
    expect(normalizeRow(['张三', '1986.1'], columns, options).warnings[0]?.check).toEqual({
      shown: '1986.1',
      readAs: '1986-01',
    })
    const fixed = normalizeRow(['张三', '1986.10'], columns, options)
    expect(fixed.ok && fixed.fields.birthDate).toBe('1986-10')
    expect(fixed.warnings).toEqual([])
  })
})
