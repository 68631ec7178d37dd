import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { readCsv } from '../../electron/services/excel/csvRows'
import { decodeText } from '../../electron/services/excel/decodeText'

const cjkChar = fc.constantFrom(
  ...'张王李赵姓名身份证号汉族党员工作单位，。、（）䶮堃'.match(/./gu)!,
)
const cjk = fc.string({ unit: cjkChar, minLength: 1 })

/** A CSV as Excel writes one: fields quoted when they hold a comma, quote or line break. */
function toCsv(rows: string[][], eol = '\r\n'): string {
  // Semicolons and tabs are quoted too: a file whose only column is ";" is ambiguous by nature.
  const field = (v: string) => (/[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return rows.map((r) => r.map(field).join(',')).join(eol) + eol
}

describe('text encodings of CSV files', () => {
  it('reads GBK / GB18030 as WPS and Excel on Chinese Windows save it', () => {
    // Validity decides: a line or more of GBK is never valid UTF-8 (one or two characters
    // may be, 证 is D6 A4; the preview shows the decision and lets the user switch).
    fc.assert(
      fc.property(fc.string({ unit: cjkChar, minLength: 8 }), (text) => {
        expect(decodeText(iconv.encode(text, 'gb18030'))).toMatchObject({
          text,
          encoding: 'GB18030',
        })
      }),
    )
    expect(decodeText(iconv.encode('姓名,身份证号', 'gbk'))).toMatchObject({
      text: '姓名,身份证号',
      encoding: 'GB18030',
    })
  })

  it('reads UTF-8 without Chinese as UTF-8: accented and Cyrillic names are not GBK', () => {
    for (const text of [
      'Name,City\nJosé Müller,Zürich\n',
      'ФИО,Город\nИванов Иван,Москва\n',
      'é',
    ]) {
      expect(decodeText(Buffer.from(text, 'utf8'))).toMatchObject({ text, encoding: 'UTF-8' })
    }
    // The user's switch overrides the decision either way.
    const gbk = iconv.encode('证', 'gb18030')
    expect(decodeText(gbk)).toMatchObject({ encoding: 'UTF-8' })
    expect(decodeText(gbk, 'GB18030')).toMatchObject({ text: '证', encoding: 'GB18030' })
  })

  it('reads UTF-8 with and without BOM, and UTF-16 with BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // A roster in UTF-8 holds Chinese: text of Greek or Latin letters alone is ambiguous.
        const clean = `姓名${text.replace(/^\uFEFF/, '')}`
        expect(decodeText(Buffer.from(clean, 'utf8')).text).toBe(clean)
        expect(
          decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean, 'utf8')])),
        ).toMatchObject({
          text: clean,
          encoding: 'UTF-8',
          bom: true,
        })
        expect(
          decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]))
            .text,
        ).toBe(clean)
      }),
    )
  })
})

describe('CSV rows', () => {
  const value = fc.oneof(
    cjk,
    fc.string(),
    fc.constantFrom('a,b', 'say "hi"', 'line\nbreak', '=1+1', ''),
  )
  it('reads back exactly what was written, quotes, commas and line breaks included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) =>
          fc.array(fc.array(value, { minLength: width, maxLength: width }), {
            minLength: 1,
            maxLength: 20,
          }),
        ),
        fc.constantFrom('\r\n', '\n'),
        (rows, eol) => {
          // A row of one empty field is a blank line in a CSV: nothing to tell it by.
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''))
          if (!kept.length) return
          const { rows: read } = readCsv(Buffer.from(toCsv(kept, eol)))
          expect(read.map(([, cells]) => cells)).toEqual(kept)
          // Row numbers as Excel shows them: one per record, line breaks inside quotes or not.
          expect(read.map(([n]) => n)).toEqual(kept.map((_, i) => i + 1))
        },
      ),
    )
  })

  it('is not misled by a semicolon in the first cell of a comma file', () => {
    const { rows } = readCsv(Buffer.from('备注;说明,姓名\r\n甲,张三\r\n乙,李四\r\n'))
    expect(rows.map(([, cells]) => cells)).toEqual([
      ['备注;说明', '姓名'],
      ['甲', '张三'],
      ['乙', '李四'],
    ])
  })

  it('keeps every cell as text: long numbers and leading zeros survive', () => {
    const { rows } = readCsv(
      Buffer.from('身份证号,手机,邮编\r\n330621198503121232,013800000000,001\r\n'),
    )
    expect(rows[1]![1]).toEqual(['330621198503121232', '013800000000', '001'])
  })

  it('finds tab-separated text (Excel "Unicode text") by its first line', () => {
    const text = '姓名\t身份证号\r\n张三\t330621198503121232\r\n'
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(readCsv(utf16).rows.map(([, c]) => c)).toEqual([
      ['姓名', '身份证号'],
      ['张三', '330621198503121232'],
    ])
  })

  it('refuses an unterminated quote and an over-long cell with the row number', () => {
    expect(() => readCsv(Buffer.from('姓名,备注\r\n张三,"没有结束'))).toThrow(/第 2 行的引号不成对/)
    expect(() => readCsv(Buffer.from(`姓名,备注\r\n张三,${'长'.repeat(40_000)}\r\n`))).toThrow(
      /第 2 行.*32767/,
    )
  })
})
