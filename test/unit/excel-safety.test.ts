import { strToU8 } from 'fflate'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { previewFile, signedInCore } from './import-fixtures'
import { lieAboutSize, minimalXlsx, ole2, sheetXml } from './excel-fixtures'

let t: TestCore
let rssBefore = 0
beforeAll(async () => {
  t = await signedInCore()
  rssBefore = process.resourceUsage().maxRSS
})
afterAll(() => t.cleanup())

const HEADER = ['姓名', '身份证号']
const PERSON = ['张三', '330621198503121232']

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const err = await previewFile(t, fileName, bytes).then(
    () => null,
    (e: Error & { code?: string }) => e,
  )
  expect(err, fileName).not.toBeNull()
  expect(err!.code).toBe('BAD_INPUT')
  // One Chinese sentence, no stack trace, no internals.
  expect(err!.message).not.toMatch(/at |Error|node:|\.ts/)
  return err!.message
}

describe('files that are not what they claim', () => {
  it('names .xls, .et, encrypted, OpenDocument and empty files, with what to do', async () => {
    expect(await refusal('名单.xls', ole2('Workbook'))).toContain('另存为')
    expect(await refusal('名单.xlsx', ole2('Workbook'))).toContain('.xls')
    expect(await refusal('名单.et', ole2())).toContain('WPS 表格格式（.et）')
    expect(await refusal('名单.xlsx', ole2('EncryptionInfo'))).toContain('已加密')
    expect(await refusal('空.xlsx', new Uint8Array(0))).toContain('文件是空的')
    const ods = minimalXlsx({
      sheetXml: sheetXml([HEADER]),
      extra: {
        mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
      },
    })
    const withoutWorkbook = Buffer.from(ods)
    // Rename xl/workbook.xml so the package is a zip but not a workbook.
    withoutWorkbook.write('xl/workbookX.', withoutWorkbook.indexOf('xl/workbook.xml'), 'latin1')
    withoutWorkbook.write('xl/workbookX.', withoutWorkbook.lastIndexOf('xl/workbook.xml'), 'latin1')
    expect(await refusal('表.ods', withoutWorkbook)).toContain('OpenDocument')
    expect(await refusal('照片.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toContain(
      '图片',
    )
    expect(await refusal('照片.bin', Buffer.from([0x00, 0x01, 0x02, 0x03, 0, 0, 0, 0]))).toContain(
      '无法识别',
    )
  })

  it('says when no sheet has a recognizable header, or the sheet is empty', async () => {
    const noHeader = minimalXlsx({
      sheetXml: sheetXml([
        ['甲', '乙'],
        ['1', '2'],
      ]),
      sheetName: '说明',
    })
    expect(await refusal('a.xlsx', noHeader)).toContain('找不到表头')
    const empty = minimalXlsx({ sheetXml: sheetXml([]), sheetName: '空表' })
    expect(await refusal('b.xlsx', empty)).toContain('是空的')
  })
})

describe('hostile spreadsheets (SECURITY.md "Untrusted files")', () => {
  it('refuses a zip bomb by what it would inflate to, before inflating a byte', async () => {
    // Rows may leave out their r attribute: identical rows deflate a thousandfold. The sizes
    // the directory declares are judged first (a part larger than it declares is stopped at
    // the first byte too many, below): 200 MB at 1000:1, and shared strings past what may be
    // held in memory, are refused whatever the parts really hold.
    const row =
      '<row><c t="inlineStr"><is><t>张三</t></is></c><c t="inlineStr"><is><t>330621198503121232</t></is></c></row>'
    const xml = sheetXml([HEADER]).replace('</sheetData>', `${row.repeat(2000)}</sheetData>`)
    const bomb = minimalXlsx({ sheetXml: xml, level: 9 })
    const sheet = lieAboutSize(bomb, 'xl/worksheets/sheet1.xml', 200 * 1024 * 1024)
    expect(await refusal('bomb.xlsx', sheet)).toContain('压缩比')
    const strings = minimalXlsx({
      sheetXml: xml,
      sharedStrings: '<sst/>',
      level: 9,
    })
    const held = lieAboutSize(strings, 'xl/sharedStrings.xml', 300 * 1024 * 1024)
    expect(await refusal('strings.xlsx', held)).toContain('解压大小')
  })

  it('refuses 10,000 parts', async () => {
    const extra = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`xl/media/${i}.bin`, strToU8('x')]),
    )
    expect(
      await refusal('many.xlsx', minimalXlsx({ sheetXml: sheetXml([HEADER, PERSON]), extra })),
    ).toContain('10005 个部件')
  })

  it('refuses a part whose real size is larger than it says, at the first byte too many', async () => {
    const big = sheetXml([HEADER, ...Array.from({ length: 20_000 }, () => PERSON)])
    const zip = lieAboutSize(minimalXlsx({ sheetXml: big }), 'xl/worksheets/sheet1.xml', 1000)
    expect(await refusal('lying.xlsx', zip)).toContain('大小与实际内容不符')
  })

  it('refuses XML entity declarations (billion laughs) before any parser sees them', async () => {
    const laughs =
      '<!DOCTYPE worksheet [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    const xml = sheetXml([HEADER, ['&c;', '330621198503121232']], { doctype: laughs }).replace(
      '&amp;c;',
      '&c;',
    )
    expect(await refusal('laughs.xlsx', minimalXlsx({ sheetXml: xml }))).toContain('实体声明')
  })

  it('refuses cells beyond the sheet limits', async () => {
    const wide = sheetXml([HEADER, PERSON], { refs: ['A1', 'XFE2'] })
    expect(await refusal('wide.xlsx', minimalXlsx({ sheetXml: wide }))).toContain(
      '超出了 Excel 的行列范围',
    )
    const deep = sheetXml([HEADER, PERSON])
      .replace('<row r="2">', '<row r="1048577">')
      .replace(/r="([AB])2"/g, 'r="$11048577"')
    expect(await refusal('deep.xlsx', minimalXlsx({ sheetXml: deep }))).toContain(
      '超出了 Excel 的行列范围',
    )
  })

  it('refuses a 5 MB cell, and a cell longer than Excel allows', async () => {
    // Random text: it does not compress, so no ratio check catches it first.
    const noise = randomBytes(3.75 * 1024 * 1024).toString('base64')
    const fiveMb = sheetXml([HEADER, ['张三', noise]])
    expect(await refusal('huge.xlsx', minimalXlsx({ sheetXml: fiveMb }))).toContain(
      '远超 Excel 单元格的上限',
    )
    const long = sheetXml([HEADER, ['张三', '长'.repeat(40_000)]])
    expect(await refusal('long.xlsx', minimalXlsx({ sheetXml: long }))).toContain(
      '超过 32767 个字符',
    )
  })

  it('refuses __proto__ as a column or sheet name; Object.prototype stays untouched', async () => {
    const header = minimalXlsx({
      sheetXml: sheetXml([
        ['姓名', '身份证号', '__proto__'],
        [...PERSON, '{"polluted":1}'],
      ]),
    })
    expect(await refusal('proto.xlsx', header)).toContain('__proto__')
    const sheet = minimalXlsx({ sheetXml: sheetXml([HEADER, PERSON]), sheetName: '__proto__' })
    expect(await refusal('proto2.xlsx', sheet)).toContain('__proto__')
    const csv = Buffer.from('姓名,身份证号,__proto__\n张三,330621198503121236,x\n')
    expect(await refusal('proto.csv', csv)).toContain('__proto__')
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('did all of the above within a memory cap, and the app still imports', async () => {
    const grownMb = (process.resourceUsage().maxRSS - rssBefore) / 1024
    expect(grownMb).toBeLessThan(400)
    const ok = minimalXlsx({ sheetXml: sheetXml([HEADER, PERSON]) })
    const preview = await previewFile(t, 'ok.xlsx', ok)
    expect(preview.counts.created).toBe(1)
  })
})
