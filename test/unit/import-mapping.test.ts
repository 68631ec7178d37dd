import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { livePersons, previewFile, signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`)
const OWN_HEADERS = csv([
  '序号,人士姓名,证件号,联络手机',
  '1,张三,330621198503121232,13812345678',
  '2,李四,330621198601011237,13900000000',
])

describe('column mapping: editable, remembered for next time', () => {
  it('maps what it knows, lets the user map the rest, and remembers the choice', async () => {
    t = await signedInCore()
    const first = await previewFile(t, '名单.csv', OWN_HEADERS)
    const cols = first.sheets[0]!.columns
    expect(cols.map((c) => [c.column, c.header, c.field, c.source])).toEqual([
      ['A', '序号', null, 'none'],
      ['B', '人士姓名', 'name', 'header'],
      ['C', '证件号', null, 'none'],
      ['D', '联络手机', null, 'none'],
    ])
    expect(first.fields.find((f) => f.field === 'idNumber')?.label).toBe('身份证号')

    const mapping = [
      {
        sheet: '名单',
        columns: [
          { index: 2, field: 'idNumber' as const },
          { index: 3, field: 'phone' as const },
        ],
      },
    ]
    const remapped = await t.ok('imports.remap', { token: first.token, mapping })
    expect(remapped.token).toBe(first.token)
    expect(remapped.sheets[0]!.columns.slice(2).map((c) => [c.field, c.source])).toEqual([
      ['idNumber', 'manual'],
      ['phone', 'manual'],
    ])
    await t.ok('imports.apply', { token: first.token })
    expect(livePersons(t).get('330621198503121232')).toMatchObject({
      name: '张三',
      phone: '13812345678',
    })

    // Next time the office's own spellings map by themselves.
    const next = await previewFile(
      t,
      '名单2.csv',
      csv(['人士姓名,证件号,联络手机', '王五,330621197001011231,13700000000']),
    )
    expect(next.sheets[0]!.columns.map((c) => [c.field, c.source])).toEqual([
      ['name', 'header'],
      ['idNumber', 'memory'],
      ['phone', 'memory'],
    ])
  })

  it('a column can be switched off, and two columns never feed one field', async () => {
    t = await signedInCore()
    const file = csv([
      '姓名,身份证号,手机,联系电话',
      '张三,330621198503121232,13812345678,0571-88888888',
    ])
    const preview = await previewFile(t, 'a.csv', file)
    expect(preview.sheets[0]!.columns.map((c) => c.field)).toEqual([
      'name',
      'idNumber',
      'phone',
      null,
    ])
    const mapping = [
      {
        sheet: 'a',
        columns: [
          { index: 2, field: null },
          { index: 3, field: 'phone' as const },
        ],
      },
    ]
    const remapped = await t.ok('imports.remap', { token: preview.token, mapping })
    expect(remapped.sheets[0]!.columns.map((c) => c.field)).toEqual([
      'name',
      'idNumber',
      null,
      'phone',
    ])
    await t.ok('imports.apply', { token: preview.token })
    expect(livePersons(t).get('330621198503121232')?.phone).toBe('0571-88888888')
  })

  it('reads a sheet without a recognizable header once the user names the header row and columns', async () => {
    t = await signedInCore()
    const file = csv(['甲,乙', '张三,330621198503121232'])
    await expect(previewFile(t, 'b.csv', file)).rejects.toMatchObject({ code: 'BAD_INPUT' })
    const preview = await t.ok('imports.preview', {
      fileName: 'b.csv',
      data: file.toString('base64'),
      mapping: [
        {
          sheet: 'b',
          headerRow: 1,
          columns: [
            { index: 0, field: 'name' },
            { index: 1, field: 'idNumber' },
          ],
        },
      ],
    })
    expect(preview.counts.created).toBe(1)
    expect(preview.sheets[0]!.headerRows).toEqual([1])
  })
})
