import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectHeader, type GridRow } from '../../shared/import/detectHeader'
import { HEADER_SYNONYMS } from '../../shared/import/headerSynonyms'
import { IMPORT_FIELDS, type ImportField } from '../../shared/import/importFields'
import { headerWithoutRemarks, normalizeHeader } from '../../shared/import/normalizeHeader'
import { classifyRow, headerEcho } from '../../shared/import/classifyRow'
import { personFieldLabels } from '../../shared/i18n/persons'

const spellings = (f: ImportField) => [personFieldLabels[f], ...(HEADER_SYNONYMS[f] ?? [])]

/** How offices decorate a header: stars, spaces, line breaks, full width, remarks in brackets. */
const decorate = (text: string) =>
  fc
    .record({
      star: fc.boolean(),
      gap: fc.boolean(),
      remark: fc.constantFrom('', '（必填）', '(18位)', '（格式1985.03）'),
      fullWidth: fc.boolean(),
    })
    .map(({ star, gap, remark, fullWidth }) => {
      let t = gap && text.length > 1 ? `${text[0]}\n${text.slice(1)}` : text
      if (fullWidth) t = t.replace(/[()]/g, (c) => (c === '(' ? '（' : '）'))
      // A remark only on headers that carry no brackets of their own.
      if (!/[()（）]/.test(text)) t += remark
      return star ? `*${t}` : t
    })

const header = fc
  .uniqueArray(fc.constantFrom(...IMPORT_FIELDS.filter((f) => f !== 'name')), {
    minLength: 1,
    maxLength: 10,
  })
  .chain((others) => {
    const fields: ImportField[] = ['name', ...others]
    return fc.tuple(
      fc.shuffledSubarray(fields, { minLength: fields.length, maxLength: fields.length }),
      fc.tuple(...fields.map(() => fc.nat())),
    )
  })
  .chain(([fields, picks]) =>
    fc.tuple(
      fc.constant(fields),
      fc.tuple(...fields.map((f, i) => decorate(spellings(f)[picks[i]! % spellings(f).length]!))),
    ),
  )

const titleRow = fc.constantFrom(
  'XX县新的社会阶层人士花名册',
  '填报单位：城关镇统战委员          填报日期：2025年3月',
  '附件2',
  '新阶层人士信息统计表（第一批）',
)
const dataValue = fc.constantFrom(
  '张三',
  '李四',
  '1985.03',
  '330621198503121232',
  '男',
  '汉族',
  '13800000000',
  '示例公司',
  null,
)

describe('header detection (property)', () => {
  it('finds the header under any title rows, in one or two levels, and maps every column', () => {
    fc.assert(
      fc.property(
        header,
        fc.array(fc.option(titleRow, { nil: null }), { maxLength: 4 }),
        fc.boolean(),
        fc.nat(),
        fc.boolean(),
        fc.array(fc.array(dataValue, { minLength: 1, maxLength: 14 }), { maxLength: 5 }),
        ([fields, texts], titles, twoLevel, split, serial, data) => {
          const rows: GridRow[] = []
          let r = 1
          for (const t of titles) {
            if (t !== null) rows.push({ row: r, cells: [t] })
            r++
          }
          const lower: (string | null)[] = [...(serial ? ['序号'] : []), ...texts]
          const expected: (ImportField | null)[] = [...(serial ? [null] : []), ...fields]
          let headerRows: number[]
          if (twoLevel) {
            // Columns up to `cut` sit under group labels; the rest (and 序号) are merged down.
            const start = serial ? 1 : 0
            const cut = start + 1 + (split % lower.length)
            const upper: (string | null)[] = lower.map(() => null)
            if (serial) upper[0] = '序号'
            upper[start] = '基本信息'
            for (let i = cut; i < lower.length; i++) upper[i] = lower[i]!
            const bottom = lower.map((c, i) => (i >= start && i < cut ? c : null))
            rows.push({ row: r, cells: upper }, { row: r + 1, cells: bottom })
            const mergedDown = upper.some(
              (c, i) => c !== null && c !== '基本信息' && bottom[i] === null,
            )
            headerRows = mergedDown ? [r, r + 1] : [r + 1]
            r += 2
          } else {
            rows.push({ row: r, cells: lower })
            headerRows = [r]
            r++
          }
          for (const cells of data) rows.push({ row: r++, cells })

          const found = detectHeader(rows)
          expect(found).not.toBeNull()
          expect(found!.headerRows).toEqual(headerRows)
          const mapped = expected.map(
            (_, i) => found!.columns.find((c) => c.index === i)?.field ?? null,
          )
          expect(mapped).toEqual(expected)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never throws on arbitrary grids, and answers null or a header naming 姓名', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('姓名', '身份证号', '合计', '注：', ''),
      fc.constant(null),
    )
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 40 }), (grid) => {
        const rows = grid.map((cells, i) => ({ row: i + 1, cells }))
        const found = detectHeader(rows)
        if (found) expect(found.columns.some((c) => c.field === 'name')).toBe(true)
        for (const r of rows) classifyRow(r.cells, found ? headerEcho(found.columns) : null)
      }),
    )
  })

  it('normalizes headers idempotently and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const once = normalizeHeader(raw)
        expect(normalizeHeader(once)).toBe(once)
        expect(headerWithoutRemarks(headerWithoutRemarks(once))).toBe(headerWithoutRemarks(once))
      }),
    )
  })
})

describe('rows under the header', () => {
  const columns = [
    { index: 0, header: '序号', group: '', field: null },
    { index: 1, header: '姓名', group: '', field: 'name' as const },
    { index: 2, header: '备注', group: '', field: 'remarks' as const },
  ]
  const echo = headerEcho(columns)
  it.each([
    [['', null, '  '], 'blank'],
    [['合计', '40人', null], 'total'],
    [['注：1.所属群体按四类六种填写；2.身份证号请设置为文本格式。', null, null], 'note'],
    [['2. 性别、民族等列可从下拉列表中选择', null, null], 'note'],
    [['填表人：张三', null, null], 'note'],
    [['序号', '姓 名', '备注'], 'header'],
    [['1', '张三', '注：已调离'], 'data'],
    [['1', '合计明', null], 'data'],
    [[null, '注小明', null], 'data'],
    [['总计40人', null, null], 'total'],
    [['合计人数', '40', null], 'total'],
  ] as const)('%j is %s', (cells, kind) => {
    expect(classifyRow(cells as unknown as (string | null)[], echo)).toBe(kind)
  })
})
