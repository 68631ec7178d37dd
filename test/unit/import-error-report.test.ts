import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import {
  importFile,
  livePersons,
  previewFile,
  sampleBytes,
  signedInCore,
  truth,
} from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const MESSY = 'sample-county-messy.xlsx'

describe('the error report', () => {
  it('holds the rejected rows as they were, with 错误原因, and imports once fixed', async () => {
    t = await signedInCore()
    const preview = await previewFile(t, MESSY, sampleBytes(MESSY))
    await t.ok('imports.apply', { token: preview.token })
    const report = await t.ok('imports.errorReport', { token: preview.token })
    expect(report.fileName).toBe('sample-county-messy-错误报告.xlsx')

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(report.data, 'base64') as unknown as ArrayBuffer)
    const file = truth().files.find((f) => f.file === MESSY)!
    const rejects = file.sheets.flatMap((s) =>
      s.rows.filter((r) => r.expect === 'reject').map((r) => ({ ...r, sheet: s.name })),
    )
    let rows = 0
    for (const ws of wb.worksheets) {
      const header = (ws.getRow(2).values as unknown[]).slice(1)
      expect(header.slice(0, 6)).toEqual([
        '序号',
        '名字',
        '性别',
        '民族',
        '出生日期',
        '公民身份号码',
      ])
      expect(header.slice(-3)).toEqual(['错误原因', '原工作表', '原行号'])
      ws.eachRow((row, n) => {
        if (n < 3) return
        rows++
        const source = row.getCell(header.length).value as number
        const expected = rejects.find((r) => r.sheet === ws.name && r.row === source)!
        expect(expected, `${ws.name} ${source}`).toBeDefined()
        expect(String(row.getCell(header.length - 2).value)).toMatch(/身份证号|姓名/)
        // The truncated number is still the number it was: nothing is "repaired".
        if (expected.fault === 'id-number-lost') expect(typeof row.getCell(6).value).toBe('number')
        // Fix the row: the true name and ID, typed into the text-formatted column.
        row.getCell(2).value = expected.name
        row.getCell(6).value = expected.id
      })
    }
    expect(rows).toBe(rejects.length)

    const fixed = Buffer.from(await wb.xlsx.writeBuffer())
    const result = await importFile(t, 'fixed.xlsx', fixed)
    expect(result.counts).toMatchObject({ created: rejects.length, rejected: 0 })
    const persons = livePersons(t)
    for (const r of rejects) expect(persons.get(r.id)?.name).toBe(r.name)
  })
})
