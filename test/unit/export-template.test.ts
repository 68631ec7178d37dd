import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { livePersons, previewFile, signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

describe('导入模板.xlsx', () => {
  it('has the columns, an example row, drop-downs for coded fields and a text ID column', async () => {
    t = await signedInCore()
    const file = await t.ok('imports.template', {})
    expect(file.fileName).toBe('导入模板.xlsx')
    const bytes = Buffer.from(file.data, 'base64')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
    const [sheet, codes] = wb.worksheets
    expect(sheet!.name).toBe('人员名单')
    expect(codes!.state).toBe('hidden')
    const header = (sheet!.getRow(3).values as unknown[]).slice(1)
    expect(header.slice(0, 7)).toEqual([
      '序号',
      '*姓名',
      '性别',
      '民族',
      '出生年月',
      '身份证号',
      '政治面貌',
    ])
    expect(sheet!.getCell('B4').value).toBe('张三')
    expect(sheet!.getColumn(6).numFmt).toBe('@')
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })

    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!)
    const validations = [
      ...xml.matchAll(
        /<dataValidation [^>]*sqref="([A-Z]+)4:\1(\d+)"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g,
      ),
    ]
    const byColumn = new Map(validations.map((m) => [m[1]!, m[3]!.replace(/&apos;/g, "'")]))
    // 性别 C, 民族 D, 政治面貌 G, 学历 H: each a list on the hidden sheet.
    for (const col of ['C', 'D', 'G', 'H'])
      expect(byColumn.get(col), col).toMatch(/^'代码表'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/)
    expect(byColumn.has('B')).toBe(false)
    expect(byColumn.has('F')).toBe(false)
    const ethnicity = codes!.getColumn(2).values.slice(2)
    expect(ethnicity).toHaveLength(58)
    expect(ethnicity).toContain('汉族')
  })

  it('imports back as it is: the example row becomes a person, notes and the code sheet are skipped', async () => {
    t = await signedInCore()
    const file = await t.ok('imports.template', {})
    const preview = await previewFile(t, file.fileName, Buffer.from(file.data, 'base64'))
    expect(preview.sheets.map((s) => [s.name, s.status])).toEqual([
      ['人员名单', 'read'],
      ['代码表', 'hidden'],
    ])
    expect(preview.sheets[0]!.headerRows).toEqual([3])
    expect(preview.counts).toMatchObject({ created: 1, rejected: 0 })
    await t.ok('imports.apply', { token: preview.token })
    const p = livePersons(t).get('330621198503121232')!
    expect(p).toMatchObject({
      name: '张三',
      political_status: '05',
      education: '21',
      birth_date: '1985-03',
    })
  })
})
