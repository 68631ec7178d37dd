import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { TestCore } from '../helpers/testCore'
import { activityDraft } from './activity-fixtures'
import { signedInCore } from './import-fixtures'

let t: TestCore | null = null
afterEach(() => {
  t?.cleanup()
  t = null
})

async function sheetOf(data: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(data, 'base64') as unknown as ArrayBuffer)
  return wb.worksheets[0]!
}

describe('exports of activities (print models as .xlsx)', () => {
  it("writes an activity's participants as a 花名册, masked unless asked, and audits it", async () => {
    t = await signedInCore()
    const a = await t.ok('persons.create', {
      name: '张三',
      phone: '13812345678',
      employer: '示例公司',
    })
    const b = await t.ok('persons.create', { name: '李四', phone: '13900000000' })
    const activity = await t.ok('activities.create', activityDraft())
    await t.ok('participants.add', {
      activityId: activity.id,
      personIds: [a.person.id, b.person.id],
    })

    const masked = await t.ok('exports.roster', {
      source: { kind: 'activity', activityId: activity.id },
      columns: ['name', 'employer', 'phone'],
    })
    expect(masked).toMatchObject({ rows: 2, masked: true, path: null })
    const sheet = await sheetOf(masked.data!)
    expect(sheet.getCell('A3').value).toBe('序号')
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toHaveLength(4)
    expect(sheet.getCell('A4').value).toBe(1)
    const names = [sheet.getCell('B4').value, sheet.getCell('B5').value]
    expect(names.sort()).toEqual(['张三', '李四'].sort())
    const phones = [sheet.getCell('D4').value, sheet.getCell('D5').value].map(String)
    expect(phones.every((p) => p.includes('****'))).toBe(true)

    const full = await t.ok('exports.roster', {
      source: { kind: 'activity', activityId: activity.id },
      columns: ['name', 'phone'],
      unmasked: true,
    })
    const fullSheet = await sheetOf(full.data!)
    expect([fullSheet.getCell('C4').value, fullSheet.getCell('C5').value].sort()).toEqual([
      '13812345678',
      '13900000000',
    ])
    const audit = t.core.database.sqlite
      .prepare("SELECT result, detail FROM audit_log WHERE action = 'exports.roster' ORDER BY seq")
      .all() as { result: string; detail: string }[]
    expect(audit.map((r) => r.result)).toEqual(['ok', 'ok'])
    expect(audit[1]!.detail).toContain('含完整')
  })

  it("writes a year's ledger with its 合计 row, figures as numbers", async () => {
    t = await signedInCore()
    await t.ok('activities.create', activityDraft({ startDate: '2025-03-12', beneficiaries: 30 }))
    await t.ok(
      'activities.create',
      activityDraft({ startDate: '2025-05-20', title: '公益义诊', beneficiaries: 120 }),
    )
    const r = await t.ok('exports.ledger', { year: 2025 })
    expect(r).toMatchObject({ rows: 2, fileName: expect.stringMatching(/^2025年活动台账-/) })
    const sheet = await sheetOf(r.data!)
    expect(String(sheet.getCell('A1').value)).toContain('2025')
    const last = sheet.getRow(6).values as unknown[]
    expect(last).toContain('合计')
    expect(last).toContain(150)
  })
})
