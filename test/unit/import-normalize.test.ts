import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATEGORIES, CATEGORY_SUBFIELDS } from '../../shared/codes/categories'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import type { ImportField } from '../../shared/import/importFields'
import { normalizeRow, type MappedColumn } from '../../shared/import/normalizeRow'
import { parseCategoryCell } from '../../shared/import/parseCategoryCell'
import { cellText, type RawCell } from '../../shared/import/rawCell'
import { validatePerson } from '../../shared/persons/validatePerson'

const TODAY = '2026-11-26'
const FIELDS: ImportField[] = [
  'name',
  'sex',
  'ethnicity',
  'birthDate',
  'idNumber',
  'politicalStatus',
  'education',
  'employer',
  'jobTitle',
  'categories',
  'phone',
  'remarks',
  'township',
  'tags',
]
const MAPPING: MappedColumn[] = FIELDS.map((field, index) => ({ index, field }))
const options = {
  today: TODAY,
  resolveDictionary: (_kind: string, text: string) => (text === '城关镇' ? '001' : null),
}
const at = (field: ImportField) => FIELDS.indexOf(field)

function row(values: Partial<Record<ImportField, RawCell>>): RawCell[] {
  return FIELDS.map((f) => values[f] ?? null)
}

const ID = '330621198503121232'

describe('one roster row → one person (rules)', () => {
  it('rejects a row without a name, naming the name column', () => {
    const r = normalizeRow(row({ name: '  ', idNumber: ID }), MAPPING, options)
    expect(r).toMatchObject({ ok: false, error: { field: 'name', column: at('name') } })
  })

  it.each([
    ['a number cut short by Excel', 330621198503121000, '被存成了数字'],
    ['the same number as text', '3.30621E+17', '被存成了数字'],
    ['a wrong check digit', '330621198503121233', '校验位'],
    ['a short number', '3306211985031212', '18 位'],
    ['a masked number', '3306**********1232', '脱敏'],
  ])('rejects %s, never guessing', (_what, id, message) => {
    const r = normalizeRow(row({ name: '张三', idNumber: id as RawCell }), MAPPING, options)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toMatchObject({ field: 'idNumber', column: at('idNumber') })
      expect(r.error.message).toContain(message)
      expect(r.error.message).not.toContain('330621198503121')
    }
  })

  it('repairs what can be repaired: lower x, full width, spaces, spaced phones, names with spaces', () => {
    const seq = Array.from({ length: 900 }, (_, i) => String(100 + i)).find(
      (s) => idCheckDigit(`33062119850312${s}`) === 'X',
    )!
    const withX = `33062119850312${seq}X`
    const fullWidth = '３３０６２１'
    const r = normalizeRow(
      row({
        name: ' 张　三 ',
        idNumber: `${fullWidth} 19850312 ${seq}x`,
        phone: '138 1234 5678',
        sex: null,
      }),
      MAPPING,
      options,
    )
    expect(r.ok).toBe(true)
    if (r.ok) {
      const sex = Number(seq[2]) % 2 === 1 ? '1' : '2'
      expect(r.fields).toMatchObject({ name: '张三', idNumber: withX, phone: '13812345678', sex })
      expect(r.fields.birthDate).toBe('1985-03-12')
      expect(r.given.has('sex')).toBe(false)
    }
  })

  it('leaves a bad field empty with a warning naming it, and imports the row', () => {
    const r = normalizeRow(
      row({
        name: '张三',
        idNumber: ID,
        phone: '138095028',
        ethnicity: '火星族',
        birthDate: '1985.13',
        township: '不存在乡',
      }),
      MAPPING,
      options,
    )
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.fields).toMatchObject({
        phone: null,
        ethnicity: null,
        township: null,
        birthDate: '1985-03-12',
      })
      const warned = r.warnings.map((w) => w.field)
      expect(warned).toEqual(
        expect.arrayContaining(['phone', 'ethnicity', 'birthDate', 'township']),
      )
      expect(r.warnings.find((w) => w.field === 'phone')!.column).toBe(at('phone'))
    }
  })

  it('keeps text that starts with = as text', () => {
    const r = normalizeRow(
      row({ name: '张三', remarks: '=HYPERLINK("http://x","点击")', employer: '=1+1' }),
      MAPPING,
      options,
    )
    expect(r.ok && r.fields.remarks).toBe('=HYPERLINK("http://x","点击")')
    expect(r.ok && r.fields.employer).toBe('=1+1')
  })

  it('reads dates the ways rosters write them', () => {
    const cases: [RawCell, string][] = [
      [31118, '1985-03-12'],
      [new Date(Date.UTC(1985, 2, 12)), '1985-03-12'],
      ['1985.03', '1985-03'],
      ['1985-3-12', '1985-03-12'],
      ['1985年3月', '1985-03'],
      ['198503', '1985-03'],
      [198503, '1985-03'],
    ]
    for (const [raw, value] of cases) {
      const r = normalizeRow(row({ name: '张三', birthDate: raw }), MAPPING, options)
      expect(r.ok && r.fields.birthDate, String(raw)).toBe(value)
    }
  })

  it('reads abbreviations: 汉, 党员, 民盟, 无党派, 律师, several categories in one cell', () => {
    const r = normalizeRow(
      row({
        name: '张三',
        ethnicity: '汉',
        politicalStatus: '党员',
        categories: '律师、新媒体',
        education: '本科',
        township: '城关镇',
      }),
      MAPPING,
      options,
    )
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.fields).toMatchObject({
        ethnicity: '01',
        politicalStatus: '01',
        education: '21',
        township: '001',
      })
      expect(r.fields.categories).toEqual([
        { code: '21', detail: '律师' },
        { code: '41', detail: null },
      ])
    }
    for (const [text, code] of [
      ['民盟', '05'],
      ['无党派', '12'],
      ['九三', '10'],
    ] as const) {
      const p = normalizeRow(row({ name: '张三', politicalStatus: text }), MAPPING, options)
      expect(p.ok && p.fields.politicalStatus).toBe(code)
    }
  })
})

describe('normalizers (property)', () => {
  const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
    fc.constantFrom(
      '330621198503121232',
      '3.30621E+17',
      '1985.03',
      '汉',
      '党员',
      '=1+1',
      '138 1234 5678',
      '律师、新媒体',
    ),
  )

  it('normalizeRow never throws, and what it accepts passes the form validator unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { minLength: FIELDS.length, maxLength: FIELDS.length }),
        fc.constantFrom('张三', '𠀀䶮', 'A Li'),
        (cells, name) => {
          cells[at('name')] = name
          const r = normalizeRow(cells, MAPPING, options)
          if (!r.ok) return
          const again = validatePerson(r.fields, { today: TODAY })
          expect(again.errors).toEqual([])
          expect(again.value).toEqual(r.fields)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('normalizing what the export writes gives the same person again (idempotent)', () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { minLength: FIELDS.length, maxLength: FIELDS.length }),
        (cells) => {
          cells[at('name')] = '张三'
          const first = normalizeRow(cells, MAPPING, options)
          if (!first.ok) return
          const f = first.fields
          const written: Partial<Record<ImportField, RawCell>> = {
            name: f.name,
            sex: f.sex,
            ethnicity: f.ethnicity,
            birthDate: f.birthDate?.replace(/-/g, '.') ?? null,
            idNumber: f.idNumber,
            politicalStatus: f.politicalStatus,
            education: f.education,
            employer: f.employer,
            jobTitle: f.jobTitle,
            categories:
              f.categories
                .map((c) => (c.detail ? `${c.code}（${c.detail}）` : c.code))
                .join('、') || null,
            phone: f.phone,
            remarks: f.remarks,
            township: f.township === '001' ? '城关镇' : null,
            tags: f.tags.join('、') || null,
          }
          const second = normalizeRow(row(written), MAPPING, options)
          expect(second.ok).toBe(true)
          if (second.ok) expect(second.fields).toEqual(f)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('parseCategoryCell never throws and reads its own export form back', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (raw) => {
        parseCategoryCell(raw)
      }),
    )
    fc.assert(
      fc.property(
        fc.subarray([...CATEGORIES]),
        fc.array(
          fc.option(fc.constantFrom(...CATEGORY_SUBFIELDS.map((s) => s.name)), { nil: null }),
        ),
        (cats, details) => {
          const items = cats.map((c, i) => ({ code: c.code, detail: details[i] ?? null }))
          const text = items
            .map((c) =>
              c.detail
                ? `${CATEGORIES.find((x) => x.code === c.code)!.name}（${c.detail}）`
                : CATEGORIES.find((x) => x.code === c.code)!.name,
            )
            .join('、')
          expect(parseCategoryCell(text)).toEqual({ categories: items, unknown: [] })
        },
      ),
    )
  })

  it('cellText never throws and shows long numbers in full', () => {
    fc.assert(fc.property(anyCell, (c) => void cellText(c)))
    expect(cellText(13867368425)).toBe('13867368425')
    expect(cellText(330620200004207000)).toBe('330620200004207000')
  })
})
