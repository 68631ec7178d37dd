import iconv from 'iconv-lite'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { previewFile, sampleBytes, signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const TOWNSHIPS = ['城关镇', '南山街道', '东湖镇', '西岭乡']

describe('township from the sheet name', () => {
  it('offers each sheet named after a dictionary township, on by default, and lets it be turned off', async () => {
    t = await signedInCore()
    const codes = new Map<string, string>()
    for (const name of TOWNSHIPS)
      codes.set(name, (await t.ok('dictionaries.save', { kind: 'township', name })).code)
    const bytes = sampleBytes('sample-county-messy.xlsx')
    const preview = await previewFile(t, 'sample-county-messy.xlsx', bytes)
    const offered = preview.sheets.filter((s) => s.sheetTownship)
    expect(offered.map((s) => [s.name, s.sheetTownship])).toEqual(
      TOWNSHIPS.map((name) => [name, { name, applied: true }]),
    )
    const mapping = preview.sheets
      .filter((s) => s.status === 'read')
      .map((s) => ({ sheet: s.name, townshipFromName: s.name !== '南山街道' }))
    const remapped = await t.ok('imports.remap', {
      token: preview.token,
      mapping,
      rowLimit: 100_000,
    })
    expect(remapped.sheets.find((s) => s.name === '南山街道')!.sheetTownship).toEqual({
      name: '南山街道',
      applied: false,
    })
    await t.ok('imports.apply', { token: preview.token, rowLimit: 100_000 })
    const bySheet = t.core.database.sqlite
      .prepare(
        'SELECT township, count(*) AS n FROM persons WHERE deleted_at IS NULL GROUP BY township ORDER BY township',
      )
      .all() as { township: string | null; n: number }[]
    const townships = new Set(bySheet.map((r) => r.township))
    expect(townships.has(codes.get('城关镇')!)).toBe(true)
    expect(townships.has(codes.get('西岭乡')!)).toBe(true)
    expect(townships.has(codes.get('南山街道')!)).toBe(false)
    expect(townships.has(null)).toBe(true)
  })

  it('offers nothing when the sheet name is not a township or a column already maps to 乡镇', async () => {
    t = await signedInCore()
    const preview = await previewFile(
      t,
      'sample-county-messy.xlsx',
      sampleBytes('sample-county-messy.xlsx'),
    )
    expect(preview.sheets.every((s) => s.sheetTownship === null)).toBe(true)
  })
})

describe('the charset of a text file', () => {
  it('is decided by UTF-8 validity, shown in the preview, and can be switched', async () => {
    t = await signedInCore()
    const csv = '姓名,备注\nJosé Müller,Zürich\nИванов,Москва\n'
    const utf8 = await previewFile(t, 'names.csv', Buffer.from(csv, 'utf8'))
    expect([utf8.encoding, utf8.encodingChosen]).toEqual(['UTF-8', false])
    expect(utf8.counts.created).toBe(2)
    const gbk = await previewFile(
      t,
      'gbk.csv',
      iconv.encode('姓名,身份证号\n张三,330621198503121232\n', 'gbk'),
    )
    expect(gbk.encoding).toBe('GB18030')
    const chosen = await t.ok('imports.remap', {
      token: gbk.token,
      encoding: 'GB18030',
      rowLimit: 100,
    })
    expect([chosen.encoding, chosen.encodingChosen, chosen.counts.created]).toEqual([
      'GB18030',
      true,
      1,
    ])
    // Read as UTF-8 the header is mojibake: refused, and the preview keeps what it had.
    const wrong = await t.core.dispatch(t.slot, 'imports.remap', {
      token: gbk.token,
      encoding: 'UTF-8',
      rowLimit: 100,
    })
    expect(wrong.ok).toBe(false)
    const again = await t.ok('imports.remap', { token: gbk.token, rowLimit: 100 })
    expect([again.encoding, again.encodingChosen]).toEqual(['GB18030', true])
  })
})
