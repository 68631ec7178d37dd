import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import { MergeFill } from '../../shared/import/mergedCells'
import { idCheckDigit } from '../../shared/idcard/idCheckDigit'
import type { TestCore } from '../helpers/testCore'
import { importFile, signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

const id = (first17: string) => first17 + idCheckDigit(first17)

describe('cells merged over several rows', () => {
  it('fill down from the first row of the range, and only into rows someone is on', () => {
    const fill = new MergeFill([
      { top: 4, left: 3, bottom: 7, right: 3 },
      // A title merged across columns only: nothing to fill down.
      { top: 1, left: 1, bottom: 1, right: 6 },
    ])
    expect(fill.fill(4, ['1', '张三', '城关镇'])).toEqual(['1', '张三', '城关镇'])
    expect(fill.fill(5, ['2', '李四'])).toEqual(['2', '李四', '城关镇'])
    expect(fill.fill(6, [null, '', '  '])).toEqual([null, '', '  '])
    // A cell of its own is kept.
    expect(fill.fill(7, ['4', '赵六', '东城街道'])).toEqual(['4', '赵六', '东城街道'])
    expect(fill.fill(8, ['5', '钱七'])).toEqual(['5', '钱七'])
  })

  it('give every person of a merged 工作单位 block their employer on import', async () => {
    t = await signedInCore()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('城关镇')
    ws.addRow(['城关镇新的社会阶层人士名单'])
    ws.mergeCells('A1:D1')
    ws.addRow(['序号', '姓名', '身份证号', '工作单位'])
    const ids = [id('33062119850312123'), id('33062119900101002'), id('33062119751224003')]
    ws.addRow([1, '张三', ids[0], '示例科技有限公司'])
    ws.addRow([2, '李四', ids[1], null])
    ws.addRow([3, '王五', ids[2], null])
    ws.mergeCells('D3:D5')
    ws.addRow(['合计', '3人'])
    const result = await importFile(t, 'merged.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()))
    expect(result.counts).toMatchObject({ created: 3, rejected: 0 })
    const employers = t.core.database.sqlite
      .prepare('SELECT name, employer FROM persons ORDER BY name')
      .all()
    expect(employers).toEqual([
      { name: '张三', employer: '示例科技有限公司' },
      { name: '李四', employer: '示例科技有限公司' },
      { name: '王五', employer: '示例科技有限公司' },
    ])
  })
})
