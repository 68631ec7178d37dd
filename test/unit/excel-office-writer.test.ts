import ExcelJS from 'exceljs'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeOfficeWorkbook } from '../../electron/services/excel/officeSheet'
import { columnLetter, columnNumber } from '../../shared/import/columnLetter'
import { readXlsx } from '../../electron/services/excel/xlsxRows'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const spec = {
  sheetName: "张三's 名单",
  title: '花名册',
  subtitle: '填报单位：示例县',
  columns: [
    { header: '序号', width: 6 },
    { header: '姓名', width: 10 },
    { header: '备注', width: 30 },
  ],
  frozenColumns: 2,
  notes: ['注：已脱敏'],
}

describe('the office workbook writer', () => {
  it('streams many rows into a file that Excel readers and our own read back exactly', async () => {
    dir = mkdtempSync(join(tmpdir(), 'office-writer-'))
    const file = join(dir, 'list.xlsx')
    const odd = ['a & b <c> "d"', '_x0041_ stays as typed', '𠀀䶮 生僻字', '', '=1+1']
    const rows = Array.from({ length: 30_000 }, (_, i) => [i + 1, `人员${i + 1}`, odd[i % 5]!])
    expect(await writeOfficeWorkbook(file, spec, rows)).toBe(30_000)

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.worksheets[0]!
    expect(ws.name).toBe("张三's 名单")
    expect(ws.getCell('A1').value).toBe('花名册')
    expect(ws.getCell('C3').value).toBe('备注')
    expect(ws.getCell('A30003').value).toBe(30_000)
    expect(ws.getCell('C4').value).toBe('a & b <c> "d"')
    expect(ws.getCell('C8').value).toBe('=1+1')
    expect(ws.getCell('A30004').value).toBe('注：已脱敏')
    expect(ws.model.merges).toEqual(['A1:C1', 'A2:C2', 'A30004:C30004'])

    const read: [number, unknown[], unknown?][] = []
    for await (const event of readXlsx(new Uint8Array(readFileSync(file)))) {
      if (event.type === 'rows') read.push(...event.rows)
    }
    expect(read).toHaveLength(30_004)
    expect(read[3]).toEqual([4, [1, '人员1', 'a & b <c> "d"']])
    expect(read[4]).toEqual([5, [2, '人员2', '_x0041_ stays as typed']])
    expect(read[5]).toEqual([6, [3, '人员3', '𠀀䶮 生僻字']])
    expect(read[6]).toEqual([7, [4, '人员4', null]])
  })

  it('names columns as Excel does, and reads them back from cell references', () => {
    const columns = [1, 26, 27, 52, 53, 702, 703, 16384]
    const letters = columns.map((n) => columnLetter(n - 1))
    expect(letters).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD'])
    expect(letters.map((l) => columnNumber(`${l}12`))).toEqual(columns)
    expect(columnNumber('xfd1')).toBe(16_384)
    expect(columnNumber('12')).toBe(0)
    expect(columnNumber('ZZZZZZZZ1')).toBeGreaterThan(16_384)
  })

  it('passes on a failure of the rows, with the file closed for the caller to remove', async () => {
    dir = mkdtempSync(join(tmpdir(), 'office-writer-'))
    const file = join(dir, 'broken.xlsx')
    function* rows() {
      yield [1, '张三', '']
      throw new Error('读取中断')
    }
    await expect(writeOfficeWorkbook(file, spec, rows())).rejects.toThrow('读取中断')
  })
})
