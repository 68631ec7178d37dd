import { describe, expect, it } from 'vitest'
import { keptReaderHeap } from '../../electron/services/excel/xlsxRows'
import { minimalXlsx, readAll, sheetXml } from './excel-fixtures'

const MB = 2 ** 20

describe('the .xlsx reading worker kept for the next file', () => {
  it('gives back what a large sheet left in its heap once the file is read', async () => {
    const rows = [['姓名', '单位', '职务', '手机']]
    for (let i = 0; i < 40_000; i++)
      rows.push([`张${i}`, `示例公司${i % 997}`, '总经理', `138${String(i).padStart(8, '0')}`])
    const [sheet] = await readAll(minimalXlsx({ sheetXml: sheetXml(rows) }))
    expect(sheet!.rows).toHaveLength(40_001)
    // The collection runs right after the worker's answer: its heap falls soon after.
    let heap = (await keptReaderHeap())!
    for (let i = 0; i < 50 && heap > 32 * MB; i++) {
      await new Promise((r) => setTimeout(r, 100))
      heap = (await keptReaderHeap())!
    }
    expect(heap).toBeLessThan(32 * MB)
    // Still kept, and reads the next file.
    expect(
      (await readAll(minimalXlsx({ sheetXml: sheetXml([['姓名'], ['李四']]) })))[0]!.rows,
    ).toHaveLength(2)
  })
})
