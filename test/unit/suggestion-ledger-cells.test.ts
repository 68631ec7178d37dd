import { describe, expect, it } from 'vitest'
import {
  readAdoptions,
  readInstructions,
  splitEmployers,
  splitSubmitters,
} from '../../shared/suggestions/ledgerImport/ledgerCells'
import { ledgerVocabulary } from '../../shared/suggestions/ledgerImport/ledgerFields'
import { detectHeaderWith } from '../../shared/import/detectHeader'

describe('建言献策台账 cells as offices write them', () => {
  it('splits submitters on the separators offices use, keeping padded two-character names whole', () => {
    expect(splitSubmitters('张三、李四（牵头）')).toEqual([
      { name: '张三', isLead: false },
      { name: '李四', isLead: true },
    ])
    expect(splitSubmitters('王建国，刘洋 陈静').map((s) => s.name)).toEqual([
      '王建国',
      '刘洋',
      '陈静',
    ])
    expect(splitSubmitters('张  三').map((s) => s.name)).toEqual(['张三'])
    expect(splitSubmitters('王五/赵六')[0]).toEqual({ name: '王五', isLead: true })
    expect(splitSubmitters('无')).toEqual([])
    expect(splitEmployers('甲公司、乙律所')).toEqual(['甲公司', '乙律所'])
  })

  it('reads adoptions with their level, how and body; a part without a level is refused', () => {
    expect(readAdoptions('省委统战部省级刊发；市政协市级转送')).toEqual({
      ok: true,
      status: 'adopted',
      adoptions: [
        { body: '省委统战部', level: 'province', how: 'published' },
        { body: '市政协', level: 'city', how: 'forwarded' },
      ],
    })
    expect(readAdoptions('被全国工商联采用')).toMatchObject({
      adoptions: [{ level: 'national', how: 'adopted' }],
    })
    expect(readAdoptions('县级采用')).toMatchObject({ adoptions: [{ body: '有关部门' }] })
    expect(readAdoptions('未采用')).toEqual({ ok: true, adoptions: [], status: 'rejected' })
    expect(readAdoptions('')).toEqual({ ok: true, adoptions: [], status: 'submitted' })
    expect(readAdoptions('已采用')).toEqual({ ok: false, part: '已采用' })
  })

  it('reads 批示 with the level in brackets or from the post', () => {
    expect(readInstructions('张某某（省级）；县长批示')).toEqual({
      ok: true,
      instructions: [
        { leader: '张某某', level: 'province' },
        { leader: '县长', level: 'county' },
      ],
    })
    expect(readInstructions('—')).toEqual({ ok: true, instructions: [] })
    expect(readInstructions('王主任批示')).toEqual({ ok: false, part: '王主任批示' })
  })

  it('finds a two-level header under a title and maps our own export’s labels back', () => {
    const found = detectHeaderWith(
      [
        { row: 1, cells: ['2025年度建言献策台账'] },
        { row: 2, cells: ['序号', '建言基本情况', null, '提交人', '成效', null] },
        { row: 3, cells: [null, '标题', '类别', null, '采用情况', '批示情况'] },
        { row: 4, cells: ['1', '关于……的建议', '建议', '王五', '市级采纳', null] },
      ],
      ledgerVocabulary,
    )
    expect(found?.headerRows).toEqual([2, 3])
    expect(found?.columns.map((c) => c.field)).toEqual([
      null,
      'title',
      'kind',
      'submitters',
      'adoptions',
      'instructions',
    ])
  })
})
