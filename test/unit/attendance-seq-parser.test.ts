import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatSeqList, parseSeqList } from '../../shared/attendance/parseSeqList'

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i)

describe('parseSeqList', () => {
  it('reads ranges and lists in the usual Chinese punctuation', () => {
    expect(parseSeqList('1-12，15、18', 137)).toEqual({
      seqs: [...range(1, 12), 15, 18],
      issues: [],
      duplicates: [],
    })
  })

  it('accepts full-width digits, dashes, tildes, 至 and ideographic spaces', () => {
    expect(parseSeqList('１－３；５～７　９—１０', 20).seqs).toEqual([1, 2, 3, 5, 6, 7, 9, 10])
    expect(parseSeqList('3至5 8到9', 20).seqs).toEqual([3, 4, 5, 8, 9])
    expect(parseSeqList(' 1 - 3 , 4 ; 6\n7 ', 20).seqs).toEqual([1, 2, 3, 4, 6, 7])
  })

  it('reads a range written backwards and merges repeats, naming them', () => {
    const r = parseSeqList('12-10，11、3、3', 20)
    expect(r.seqs).toEqual([3, 10, 11, 12])
    expect(r.duplicates).toEqual([3, 11])
    expect(r.issues).toEqual([])
  })

  it('names each bad item by its position and text, and returns nothing then', () => {
    const r = parseSeqList('1-3，1x、5-、0，7', 137)
    expect(r.seqs).toEqual([])
    expect(r.issues.map((i) => i.message)).toEqual([
      '第 2 项“1x”不是有效的序号',
      '第 3 项“5-”不是有效的序号',
      '第 4 项“0”无效：序号从 1 开始',
    ])
    expect(r.issues.map((i) => i.item)).toEqual([2, 3, 4])
  })

  it('reports numbers beyond the rows of the sheet', () => {
    const r = parseSeqList('130-140，150，１２', 137)
    expect(r.issues.map((i) => i.message)).toEqual([
      '第 1 项“130-140”超出范围：本表共 137 人',
      '第 2 项“150”超出范围：本表共 137 人',
    ])
    expect(parseSeqList('99999999999999999999', 137).issues[0]!.message).toContain('超出范围')
  })

  it('asks for input when there is none', () => {
    expect(parseSeqList(' ，、 ', 10).issues[0]!.message).toBe('请输入序号，如 1-12，15、18')
  })

  it('reads back what formatSeqList writes, for any set of numbers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 60 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b)
        const text = formatSeqList(sorted)
        if (sorted.length === 0) return text === ''
        expect(parseSeqList(text, 200).seqs).toEqual(sorted)
        return true
      }),
      { numRuns: 200 },
    )
  })
})
