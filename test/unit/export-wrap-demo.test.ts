import ExcelJS from 'exceljs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeOfficeWorkbook } from '../../electron/services/excel/officeSheet'
import type { TestCore } from '../helpers/testCore'
import { activityDraft } from './activity-fixtures'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
let dir = ''
afterEach(() => {
  t?.cleanup()
  t = null
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = ''
})

const LONG = '浙江新昌经济开发区智能装备制造产业园管理委员会下属投资发展有限公司'

async function load(data: Buffer | string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : data
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  return wb.worksheets[0]!
}

describe('long text in exported sheets', () => {
  it('wraps text cells and sets each row as tall as its longest text', async () => {
    dir = mkdtempSync(join(tmpdir(), 'office-wrap-'))
    const file = join(dir, 'wrap.xlsx')
    await writeOfficeWorkbook(
      file,
      {
        sheetName: '花名册',
        title: '花名册',
        subtitle: '制表单位：示例县',
        columns: [
          { header: '序号', width: 6 },
          { header: '姓名', width: 10 },
          { header: '工作单位', width: 20 },
        ],
        frozenColumns: 2,
      },
      [
        [1, '张三', '短单位'],
        [2, '李四', LONG],
      ],
    )
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const ws = wb.worksheets[0]!
    expect(ws.getCell('C5').alignment?.wrapText).toBe(true)
    expect(ws.getCell('B4').alignment?.wrapText).toBe(true)
    const short = ws.getRow(4).height
    const long = ws.getRow(5).height
    expect(short).toBeGreaterThanOrEqual(18)
    // 33 characters in a column of ~9 characters a line: four lines at least.
    expect(long).toBeGreaterThanOrEqual(4 * 14)
    expect(long).toBeGreaterThan(short)
    expect(ws.getRow(1).getCell(1).value).toBe('花名册')
  })
})

describe('demo persons in exports', () => {
  it('marks a roster export that lists demo persons, in its title and page header', async () => {
    t = await signedInCore()
    const real = await t.ok('persons.create', { name: '张三', employer: LONG })
    const demo = await t.ok('persons.create', { name: '演示人', employer: '演示公司' })
    t.core.database.sqlite
      .prepare('UPDATE persons SET is_demo = 1 WHERE id = ?')
      .run(demo.person.id)
    const activity = await t.ok('activities.create', activityDraft())
    await t.ok('participants.add', { activityId: activity.id, personIds: [real.person.id] })

    const clean = await load(
      (await t.ok('exports.roster', { source: { kind: 'activity', activityId: activity.id } }))
        .data!,
    )
    expect(String(clean.getCell('A1').value)).not.toContain('演示数据')
    expect(clean.headerFooter.oddHeader ?? '').not.toContain('演示数据')
    // The long employer wraps and its row grew.
    expect(clean.getRow(4).height).toBeGreaterThan(18)

    await t.ok('participants.add', { activityId: activity.id, personIds: [demo.person.id] })
    const marked = await load(
      (await t.ok('exports.roster', { source: { kind: 'activity', activityId: activity.id } }))
        .data!,
    )
    expect(String(marked.getCell('A1').value)).toContain('演示数据')
    expect(marked.headerFooter.oddHeader).toContain('演示数据')

    // The printed 花名册 and 登记表 carry the same mark.
    const roster = await t.ok('documents.roster', {
      source: { kind: 'activity', activityId: activity.id },
    })
    expect(roster.demo).toBe(true)
    expect((await t.ok('documents.personForm', { personId: demo.person.id })).demo).toBe(true)
    expect((await t.ok('documents.personForm', { personId: real.person.id })).demo).toBe(false)
  })

  it('marks a person list export only when it holds demo persons', async () => {
    t = await signedInCore()
    await t.ok('persons.create', { name: '张三' })
    const demo = await t.ok('persons.create', { name: '演示人' })
    t.core.database.sqlite
      .prepare('UPDATE persons SET is_demo = 1 WHERE id = ?')
      .run(demo.person.id)

    const all = await load((await t.ok('exports.persons', {})).data!)
    expect(String(all.getCell('A1').value)).toContain('演示数据')
    expect(all.headerFooter.oddHeader).toContain('演示数据')

    const realOnly = await load((await t.ok('exports.persons', { isDemo: false })).data!)
    expect(String(realOnly.getCell('A1').value)).not.toContain('演示数据')
    expect(realOnly.headerFooter.oddHeader ?? '').not.toContain('演示数据')
  })
})
