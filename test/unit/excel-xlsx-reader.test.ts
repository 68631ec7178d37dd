import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { plainCell } from '../../electron/services/excel/cellValue'
import type { SheetRow } from '../../electron/services/excel/sheetMessages'
import { isDateFormat } from '../../electron/services/excel/numberFormat'
import type { RawCell } from '../../shared/import/rawCell'
import { readAll, type ReadSheet } from './excel-fixtures'

const SAMPLES = join(__dirname, '..', 'fixtures', 'samples')

/** The same workbook as ExcelJS's whole-file reader sees it, rows as plain cells. */
async function readWithExcelJs(bytes: Uint8Array): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb.worksheets.map((ws) => {
    const rows: SheetRow[] = []
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: RawCell[] = []
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c)
        // The whole-file reader repeats a merged range's value in every cell; the file holds
        // it in the first cell only, and so does a streaming read.
        const copy = cell.isMerged && cell.master.address !== cell.address
        cells.push(copy ? null : plainCell(cell.value))
      }
      rows.push([n, cells])
    })
    return { name: ws.name, hidden: ws.state !== 'visible', rows }
  })
}

/** Rows without their trailing empty cells, and rows with no cell at all left out. */
function comparable(sheets: ReadSheet[]) {
  return sheets.map((s) => ({
    name: s.name,
    hidden: s.hidden,
    rows: s.rows
      .map(([n, cells]): [number, RawCell[]] => {
        const trimmed = cells.map((c) => (c === undefined ? null : c))
        while (trimmed.length && trimmed.at(-1) === null) trimmed.pop()
        return [n, trimmed]
      })
      .filter(([, cells]) => cells.length > 0),
  }))
}

/** A minimal workbook written by hand, to hold what Office and WPS write and ExcelJS never does. */
function handWritten(parts: {
  sheet: string
  sharedStrings?: string
  styles?: string
  workbookPr?: string
  prefix?: string
}): Uint8Array {
  const x = parts.prefix ? `${parts.prefix}:` : ''
  const ns = parts.prefix ? `xmlns:${parts.prefix}` : 'xmlns'
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${parts.workbookPr ?? ''}<${x}sheets><${x}sheet name="城关镇 &amp; 东城" sheetId="1" r:id="rId1"/><${x}sheet name="隐藏" sheetId="2" state="hidden" r:id="rId2"/></${x}sheets></${x}workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': parts.sheet,
    'xl/worksheets/sheet2.xml': `<${x}worksheet ${ns}="m"><${x}sheetData><${x}row r="1"><${x}c r="A1" t="inlineStr"><${x}is><${x}t>秘密</${x}t></${x}is></${x}c></${x}row></${x}sheetData></${x}worksheet>`,
  }
  if (parts.sharedStrings) files['xl/sharedStrings.xml'] = parts.sharedStrings
  if (parts.styles) files['xl/styles.xml'] = parts.styles
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
}

describe('the .xlsx reader', () => {
  it.each(['sample-county-messy.xlsx', 'sample-township.xlsx'])(
    'reads %s cell for cell as ExcelJS does',
    async (file) => {
      const bytes = new Uint8Array(readFileSync(join(SAMPLES, file)))
      const ours = comparable(await readAll(bytes))
      const theirs = comparable(await readWithExcelJs(bytes))
      expect(ours.map((s) => s.name)).toEqual(theirs.map((s) => s.name))
      for (const [i, sheet] of ours.entries()) {
        if (sheet.hidden) continue
        expect(sheet.rows, sheet.name).toEqual(theirs[i]!.rows)
      }
    },
  )

  it('reads a workbook ExcelJS wrote, whose shared strings come after the sheets', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('名单')
    ws.addRow(['姓名', '出生日期', '人数', '党员', '备注'])
    ws.addRow(['张三', new Date(Date.UTC(1985, 2, 12)), 12, true, '=SUM(A1)'])
    ws.addRow([{ richText: [{ text: '李' }, { text: '四' }] }, null, { formula: '1+1', result: 2 }])
    ws.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"'
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const [sheet] = await readAll(bytes)
    expect(sheet!.rows).toEqual([
      [1, ['姓名', '出生日期', '人数', '党员', '备注']],
      [2, ['张三', new Date(Date.UTC(1985, 2, 12)), 12, true, '=SUM(A1)']],
      [3, ['李四', null, 2]],
    ])
  })

  it('reads what Office and WPS write: entities, escapes, phonetic guides, rich and inline text, gaps, 1904 dates', async () => {
    const bytes = handWritten({
      workbookPr: '<workbookPr date1904="1"/>',
      sharedStrings:
        '<sst xmlns="m"><si><t>王&amp;&lt;五&gt;</t></si><si><r><t>单</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 某 </t></r><rPh sb="0" eb="1"><t>シャン</t></rPh></si><si><t>第一行_x000D_第二行</t></si><si/></sst>',
      styles:
        '<styleSheet xmlns="m"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="49"/></cellXfs></styleSheet>',
      sheet:
        '<worksheet xmlns="m"><sheetData>' +
        '<row r="2" spans="1:6"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="F2" s="1"><v>0</v></c></row>' +
        '<row r="3"/>' +
        '<row r="5"><c r="B5" t="inlineStr"><is><r><t>&#x5F20;</t></r><r><t>&#19977;</t></r></is></c><c r="C5" t="b"><v>0</v></c><c r="D5" t="e"><v>#N/A</v></c><c r="E5" s="2"><v>330621198503120017</v></c><c r="F5" t="str"><f>A2</f><v>=TEXT</v></c></row>' +
        '<row><c r="A6"><v>1.5E+3</v></c><c r="B6" s="1"></c></row>' +
        `<row r='7'><c r='A7' t='s'><v>0</v></c><c\n r="B7"\n t = "inlineStr"><is><t/></is></c><c r="C7" t="inlineStr"><is><t>甲</t><t>乙</t></is></c></row>` +
        '</sheetData><mergeCells count="3"><mergeCell ref="A1:F1"/><mergeCell ref="C2:D6"/><mergeCell ref="$F$5:$F$6"/></mergeCells></worksheet>',
    })
    const sheets = await readAll(bytes)
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['城关镇 & 东城', false],
      ['隐藏', true],
    ])
    expect(sheets[1]!.rows).toEqual([])
    // Only the ranges over several rows are told: the title merged across columns is not.
    expect(sheets[0]!.merges).toEqual([
      { top: 2, left: 3, bottom: 6, right: 4 },
      { top: 5, left: 6, bottom: 6, right: 6 },
    ])
    expect(sheets[0]!.rows).toEqual([
      // Serial 0 in the 1904 system is 1904-01-01; its format shows the year and month only.
      [2, ['王&<五>', null, '单 某 ', '第一行\r第二行', null, '1904-01']],
      [3, []],
      [5, [null, '张三', false, null, 330621198503120000, '=TEXT']],
      [6, [1500, null]],
      [7, ['王&<五>', '', '甲乙']],
    ])
  })

  it('reads tags written with a namespace prefix, as .NET libraries write them', async () => {
    const bytes = handWritten({
      prefix: 'x',
      sheet:
        '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    })
    const [sheet] = await readAll(bytes)
    expect(sheet!.rows).toEqual([[1, ['姓名', 7]]])
  })

  it('stops the rows of the sheet it was asked to skip, and only that one', async () => {
    const wb = new ExcelJS.Workbook()
    for (const name of ['说明', '城关镇', '东城街道']) {
      const ws = wb.addWorksheet(name)
      for (let i = 1; i <= 3000; i++) ws.addRow([`${name}${i}`])
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer())
    const sheets = await readAll(bytes, (name) => name === '说明')
    expect(sheets.map((s) => s.name)).toEqual(['说明', '城关镇', '东城街道'])
    expect(sheets[0]!.rows.length).toBeLessThan(3000)
    expect(sheets[1]!.rows).toHaveLength(3000)
    expect(sheets[2]!.rows).toHaveLength(3000)
    expect(sheets[2]!.rows.at(-1)).toEqual([3000, ['东城街道3000']])
  })

  it('knows a date format from a number format', () => {
    for (const code of ['yyyy/m/d', 'yyyy"年"m"月"', '[$-804]yyyy年m月d日', 'h:mm', 'mm-dd-yy'])
      expect(isDateFormat(code), code).toBe(true)
    for (const code of ['General', '0.00', '@', '"年龄"0', '#,##0;[Red]-#,##0', '0.00E+00'])
      expect(isDateFormat(code), code).toBe(false)
  })
})
