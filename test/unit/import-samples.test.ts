import { afterEach, describe, expect, it } from 'vitest'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import type { TestCore } from '../helpers/testCore'
import {
  countRows,
  importFile,
  livePersons,
  previewFile,
  sampleBytes,
  sheetNameOf,
  signedInCore,
  truth,
  type TruthFile,
} from './import-fixtures'

const { files } = truth()
let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const rowsOf = (file: TruthFile) =>
  file.sheets.flatMap((s) => s.rows.map((r) => ({ ...r, sheet: sheetNameOf(file, s.name) })))

describe.each(files.map((f) => [f.file, f] as const))('importing %s', (name, file) => {
  it('previews exactly what the truth expects: creates, rejects with sheet and row, duplicates', async () => {
    t = await signedInCore()
    const preview = await previewFile(t, name, sampleBytes(name))
    const expected = rowsOf(file)
    expect(preview.counts.created).toBe(file.expect.persons)
    expect(preview.counts.rejected).toBe(file.expect.rejectedRows)
    expect(preview.counts.duplicates).toBe(file.expect.duplicateRows)
    expect(preview.counts.created + preview.counts.rejected + preview.counts.duplicates).toBe(
      expected.length,
    )

    for (const sheet of file.sheets) {
      const read = preview.sheets.find((s) => s.name === sheetNameOf(file, sheet.name))
      expect(read?.headerRows, sheet.name).toEqual(sheet.headerRows)
    }
    const reported = new Map(preview.rows.map((r) => [`${r.sheet}#${r.row}`, r]))
    for (const row of expected) {
      const report = reported.get(`${row.sheet}#${row.row}`)
      if (row.expect === 'reject') {
        expect(report?.status, `${row.sheet} ${row.row} ${row.fault}`).toBe('rejected')
        const field = row.fault === 'name-blank' ? 'name' : 'idNumber'
        expect(report!.issues[0]!.field).toBe(field)
        expect(report!.issues[0]!.column).toMatch(/^[A-Z]+$/)
        expect(report!.issues[0]!.message).not.toContain(row.id)
      } else if (row.expect === 'duplicate') {
        expect(report?.status, `${row.sheet} ${row.row}`).toBe('duplicate')
      } else {
        expect(report?.status ?? 'created', `${row.sheet} ${row.row}`).toBe('created')
      }
    }
  })

  it('creates exactly the rows marked import, normalized as the truth says, and nothing the second time', async () => {
    t = await signedInCore()
    const result = await importFile(t, name, sampleBytes(name))
    expect(result.counts.created).toBe(file.expect.persons)
    const persons = livePersons(t)
    const imports = rowsOf(file).filter((r) => r.expect === 'import')
    expect([...persons.keys()].sort()).toEqual(imports.map((r) => r.id).sort())
    expect(countRows(t.core.database.sqlite, 'persons')).toBe(imports.length)

    for (const row of imports) {
      const p = persons.get(row.id)!
      expect(p.name, `${row.sheet} ${row.row}`).toBe(row.name)
      expect(p.id_number).toBe(row.id)
      expect(p.id_number).toMatch(/^\d{17}[\dX]$/)
      expect(idCheckDigit(p.id_number!.slice(0, 17))).toBe(p.id_number!.at(-1))
      const idSex = Number(row.id[16]) % 2 === 1 ? '1' : '2'
      const birth = `${row.id.slice(6, 10)}-${row.id.slice(10, 12)}`
      expect(p.birth_date?.slice(0, 7)).toBe(birth)
      if (row.fault === 'gender-blank') expect(p.sex).toBe(idSex)
      if (row.fault === 'phone-spaced') expect(p.phone).toMatch(/^1\d{10}$/)
      if (row.fault === 'phone-bad') expect(p.phone).toBeNull()
      if (row.fault === 'note-formula') expect(p.remarks).toMatch(/^=/)
      if (p.phone !== null) expect(p.phone).toMatch(/^1\d{10}$/)
      expect(p.ethnicity).toMatch(/^\d{2}$/)
      expect(p.political_status).toMatch(/^\d{2}$/)
    }
    const warned = new Map(
      result.rows.filter((r) => r.status === 'created').map((r) => [`${r.sheet}#${r.row}`, r]),
    )
    for (const row of imports.filter((r) => r.fault === 'phone-bad')) {
      expect(warned.get(`${row.sheet}#${row.row}`)?.issues.some((i) => i.field === 'phone')).toBe(
        true,
      )
    }

    const again = await importFile(t, name, sampleBytes(name))
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: file.expect.persons })
    expect(countRows(t.core.database.sqlite, 'persons')).toBe(imports.length)
  })
})

describe('what the samples normalize', () => {
  it('reads abbreviations as codes: 汉 → 汉族, 党员 → 中共党员, 民盟, 无党派, 律师 → 中介组织从业人员', async () => {
    t = await signedInCore()
    await importFile(t, 'sample-county-messy.xlsx', sampleBytes('sample-county-messy.xlsx'))
    const get = (id: string) =>
      t!.core.database.sqlite
        .prepare('SELECT * FROM persons WHERE id_number = ?')
        .get(id) as Record<string, string>
    const cats = (id: string) =>
      t!.core.database.sqlite
        .prepare(
          'SELECT c.code, c.detail FROM person_categories c JOIN persons p ON p.rid = c.person_rid WHERE p.id_number = ?',
        )
        .all(id)
    // 城关镇 row 5: 汉, 九三学社, 注册会计师.
    expect(get('330629199903014175')).toMatchObject({
      ethnicity: '01',
      political_status: '10',
      sex: '1',
    })
    expect(cats('330629199903014175')).toEqual([{ code: '21', detail: '注册会计师' }])
    // 城关镇 row 16 (党员) was rejected; row 36: 党员, 新媒体.
    expect(get('330626198305152611')).toMatchObject({ political_status: '01' })
    expect(cats('330626198305152611')).toEqual([{ code: '41', detail: null }])
    // 城关镇 row 8: 民建会员, 外企管理技术人员.
    expect(cats('330627199606060092')).toEqual([{ code: '12', detail: null }])
    // 城关镇 row 18: 无党派, 网络主播 (a 细分领域 of 新媒体).
    expect(get('330629196805240642')).toMatchObject({ political_status: '12' })
    expect(cats('330629196805240642')).toEqual([{ code: '41', detail: '网络主播' }])
    // Dates were Excel serials.
    expect(get('330629199903014175').birth_date).toBe('1999-03-01')
  })

  it('keeps rare characters (䶮) in names', async () => {
    t = await signedInCore()
    await importFile(t, 'sample-county-messy.xlsx', sampleBytes('sample-county-messy.xlsx'))
    expect(livePersons(t).get('330621197911213684')?.name).toBe('石䶮')
  })

  it('reads the GBK CSV as GB18030 and dates written 1985-3-12', async () => {
    t = await signedInCore()
    const preview = await previewFile(t, 'sample-gbk.csv', sampleBytes('sample-gbk.csv'))
    expect(preview.format).toBe('csv')
    expect(preview.encoding).toBe('GB18030')
    await t.ok('imports.apply', { token: preview.token })
    expect(livePersons(t).get('330621199401249395')).toMatchObject({
      name: '段宇',
      birth_date: '1994-01-24',
    })
  })
})
