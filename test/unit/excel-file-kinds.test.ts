import { strToU8, zipSync } from 'fflate'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { minimalXlsx, ole2, sheetXml } from './excel-fixtures'
import { previewFile, signedInCore } from './import-fixtures'

let t: TestCore
beforeAll(async () => {
  t = await signedInCore()
})
afterAll(() => t.cleanup())

const HEADER = ['姓名', '身份证号', '工作单位']
const ID_A = '330621198503121232'
const ID_B = '110101199003070011'

async function refusal(fileName: string, bytes: Uint8Array): Promise<string> {
  const err = await previewFile(t, fileName, bytes).then(
    () => null,
    (e: Error & { code?: string }) => e,
  )
  expect(err, fileName).not.toBeNull()
  expect(err!.code).toBe('BAD_INPUT')
  expect(err!.message).not.toMatch(/at |Error|node:|\.ts/)
  return err!.message
}

const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))

describe('files that are not what they seem each get their own sentence', () => {
  it('names .xlsb, .numbers, .ods, .et, .xls, encrypted, Word, PDF, images and archives', async () => {
    const xlsb = zip({
      '_rels/.rels':
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      'xl/workbook.bin': 'binary',
    })
    expect(await refusal('名单.xlsb', xlsb)).toContain('.xlsb')
    expect(await refusal('名单.xlsx', xlsb)).toContain('另存为')
    const numbers = zip({ 'Index/Document.iwa': 'x', 'Metadata/Properties.plist': 'x' })
    expect(await refusal('名单.numbers', numbers)).toContain('Numbers')
    expect(
      await refusal(
        '名单.xlsx',
        zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
      ),
    ).toContain('OpenDocument')
    expect(await refusal('名单.et', ole2())).toContain('.et')
    expect(await refusal('名单.xls', ole2('Workbook'))).toContain('.xls')
    expect(await refusal('名单.xlsx', ole2('EncryptedPackage'))).toContain('已加密')
    expect(await refusal('名单.xlsx', ole2('WordDocument'))).toContain('文字处理文档')
    expect(
      await refusal(
        '名单.xlsx',
        zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }),
      ),
    ).toContain('文字处理文档')
    expect(await refusal('名单.xlsx', zip({ 'a.txt': 'x' }))).toContain('压缩包')
    expect(
      await refusal('名单.xlsx', Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj', 'latin1')),
    ).toContain('PDF')
    expect(
      await refusal(
        '名单.xlsx',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      ),
    ).toContain('图片')
    expect(await refusal('名单.xlsx', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toContain(
      '图片',
    )
    expect(await refusal('名单.rar', Buffer.from('Rar!\x1a\x07\x00\x00', 'latin1'))).toContain(
      '压缩包',
    )
  })

  it('says what a flat OpenDocument sheet and other XML are, instead of splitting them as CSV', async () => {
    const fods =
      '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet/></office:body></office:document>'
    expect(await refusal('名单.fods', strToU8(fods))).toContain('.fods')
    expect(
      await refusal('名单.xml', strToU8('<?xml version="1.0"?><roster><p>张三</p></roster>')),
    ).toContain('XML 文件')
  })

  it('reads an HTML table saved as .xls (a web system’s 导出Excel), spans and entities included', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="gb2312"><style>td{mso-number-format:"\\@"}</style></head><body>
      <table><tr><td colspan="3">2025 年 城关镇 人员名单</td></tr>
      <tr><th>姓名</th><th>身份证号</th><th>工作单位</th></tr>
      <tr><td>张&nbsp;三</td><td>${ID_A}</td><td rowspan="2">城关镇<br>人民政府</td></tr>
      <tr><td><span>李四</span></td><td>${ID_B}</td></tr></table></body></html>`
    const preview = await previewFile(t, '名单.xls', iconv.encode(html, 'gb18030'))
    expect(preview.format).toBe('html')
    expect(preview.encoding).toBe('GB18030')
    expect(preview.sheets[0]).toMatchObject({ status: 'read', headerRows: [2], dataRows: 2 })
    expect(preview.counts.created).toBe(2)
    expect(preview.counts.rejected).toBe(0)
    expect(await refusal('空.xls', strToU8('<html><body><p>没有数据</p></body></html>'))).toContain(
      '没有表格',
    )
  })

  it('reads Excel 2003 XML (SpreadsheetML), whatever it is named', async () => {
    const xml = `<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="城关镇"><Table>
<Row><Cell><Data ss:Type="String">姓名</Data></Cell><Cell><Data ss:Type="String">身份证号</Data></Cell><Cell><Data ss:Type="String">出生日期</Data></Cell></Row>
<Row ss:Index="3"><Cell><Data ss:Type="String">张三</Data></Cell><Cell><Data ss:Type="String">${ID_A}</Data></Cell><Cell><Data ss:Type="DateTime">1985-03-12T18:30:00.000</Data></Cell></Row>
</Table></Worksheet></Workbook>`
    const preview = await previewFile(t, '名单.xls', strToU8(xml))
    expect(preview.format).toBe('spreadsheetml')
    expect(preview.sheets.map((s) => [s.name, s.dataRows])).toEqual([['城关镇', 1]])
    expect(preview.counts.created).toBe(1)
  })

  it('finds the workbook through _rels/.rels, wherever the generator put it', async () => {
    const sheet = sheetXml([HEADER, ['张三', ID_A, '城关镇']])
    const bytes = zip({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>',
      'book/main.xml':
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="s1"/></sheets></workbook>',
      'book/_rels/main.xml.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/one.xml"/></Relationships>',
      'book/sheets/one.xml': sheet,
    })
    const preview = await previewFile(t, '名单.xlsx', bytes)
    expect(preview.sheets.map((s) => [s.name, s.dataRows])).toEqual([['名单', 1]])
    expect(preview.counts.created).toBe(1)
  })

  it('refuses template placeholders and markup as names, each with its own reason', async () => {
    const bytes = minimalXlsx({
      sheetXml: sheetXml([
        HEADER,
        ['{name}', ID_A, '{unit}'],
        ['<b>李四</b>', ID_B, ''],
        ['王五', '', ''],
      ]),
    })
    const preview = await previewFile(t, '模板.xlsx', bytes)
    const reasons = preview.rows
      .filter((r) => r.status === 'rejected')
      .map((r) => r.issues[0]!.message)
    expect(reasons).toHaveLength(2)
    expect(reasons[0]).toContain('占位符')
    expect(reasons[1]).toContain('符号')
    expect(preview.counts.created).toBe(1)
  })
})

describe('the zip-bomb guard bounds bytes, not a bare ratio', () => {
  it('reads a genuine workbook of long repeated text that compresses past 100:1', async () => {
    const remark = '本人表现良好，积极参加各项活动。'.repeat(60)
    const rows = [
      [...HEADER, '备注'],
      ...Array.from({ length: 3000 }, (_, i) => [`张${i}`, '', '城关镇', remark]),
    ]
    const bytes = minimalXlsx({ sheetXml: sheetXml(rows), level: 9 })
    const inflated = strToU8(sheetXml(rows)).length
    expect(inflated / bytes.length).toBeGreaterThan(100)
    const preview = await previewFile(t, '备注很长.xlsx', bytes)
    expect(preview.sheets[0]!.dataRows).toBe(3000)
  })
})
