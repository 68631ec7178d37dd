import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { BoardCell, StatusBoard } from '../../../shared/contract/packagesBoard'
import { localToday } from '../../../shared/dates/calendar'
import { daysFrom } from '../../../shared/statistics/days'
import type { TestCore } from '../../helpers/testCore'
import { person, validId } from '../persons-fixtures'
import {
  exportTo,
  office,
  offices,
  rows,
  sendAndAcknowledge,
  type Offices,
} from './exchange-fixtures'

let o: Offices
const extra: TestCore[] = []
afterEach(() => {
  o?.cleanup()
  for (const t of extra.splice(0)) t.cleanup()
})

/** A second county, 330602, registered at the city both ways. */
async function secondCounty(): Promise<TestCore> {
  const county = await office('330602', '示例区委统战部')
  extra.push(county)
  const card = await county.ok('units.card', {})
  const cityCard = await o.city.ok('units.card', {})
  await o.city.ok('units.register', { card: card.signedText, fingerprint: card.fingerprint })
  await county.ok('units.register', {
    card: cityCard.signedText,
    fingerprint: cityCard.fingerprint,
  })
  return county
}

const cellOf = (board: StatusBoard, unit: string, period: string): BoardCell => {
  const cell = board.cells.find((c) => c.unitCode === unit && c.period === period)
  if (!cell) throw new Error(`no cell ${unit} ${period}`)
  return cell
}

/** A county's package for a period, applied at the city and its receipt read back. */
const send = async (
  county: TestCore,
  city: TestCore,
  period: string,
  kind: 'full' | 'incremental' = 'full',
) => (await sendAndAcknowledge(county, city, { to: '330600', period, kind })).outcome

describe('上报情况 and 审核 / 退回', () => {
  it('shows late, on time and never reported; deadlines by the default rule', async () => {
    o = await offices()
    const quiet = await secondCounty()
    expect(quiet).toBeDefined()
    await o.county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
    await send(o.county, o.city, '2020年度')
    await send(o.county, o.city, '2099年第一季度', 'incremental')

    const board = await o.city.ok('packages.statusBoard', {})
    expect(board.scope).toBe('lower')
    expect(board.units.map((u) => u.code)).toEqual(['330602', '330621'])
    expect(board.periods).toEqual(['2020年度', '2099年第一季度'])

    const late = cellOf(board, '330621', '2020年度')
    expect(late.status).toBe('received')
    expect(late.deadline).toBe('2021-01-10')
    expect(late.daysLate).toBe(daysFrom('2021-01-10', localToday(new Date(late.firstAt!))))
    expect(late.daysLate).toBeGreaterThan(0)
    expect(late.rows).toBeGreaterThan(0)
    expect(late.rowsChanged).toBeGreaterThan(0)

    const onTime = cellOf(board, '330621', '2099年第一季度')
    expect(onTime.deadline).toBe('2099-04-10')
    expect(onTime.daysLate).toBe(0)

    const never = cellOf(board, '330602', '2020年度')
    expect(never.status).toBe('notReported')
    expect(never.packages).toBe(0)
    expect(never.daysLate).toBe(daysFrom('2021-01-10', board.today))
    expect(cellOf(board, '330602', '2099年第一季度')).toMatchObject({
      status: 'notReported',
      daysLate: 0,
    })

    const one = await o.city.ok('packages.statusBoard', { period: '2099年第一季度' })
    expect(one.periods).toEqual(['2099年第一季度'])

    const sheet = await o.city.ok('packages.boardSheet', {})
    const printed = sheet.pages.flatMap((p) => p.rows)
    expect(printed.map((r) => r[1])).toEqual(['330602 示例区委统战部', '330621 示例县委统战部'])
    expect(printed[0]![2]).toMatch(/^未报送/)
    expect(printed[1]![2]).toMatch(/^已接收 \d{4}-\d{2}-\d{2}\n逾期 \d+ 天\n\d+ 行/)

    const exported = await o.city.ok('packages.exportBoard', {})
    expect(exported.rows).toBe(2)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(exported.data!, 'base64') as unknown as ArrayBuffer)
    const values = book.worksheets[0]!.getSheetValues().flat().map(String)
    expect(values).toContain('330602 示例区委统战部')
    expect(values.some((v) => /^已接收 .*\n逾期 \d+ 天/.test(v))).toBe(true)
  })

  it('returned, resent and reviewed: history on the board, decisions on the county side', async () => {
    o = await offices()
    const { county, city } = o
    await county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
    const first = await send(county, city, '2026年度')

    await expect(
      city.ok('packages.review', { unit: '330621', period: '2026年度', decision: 'returned' }),
    ).rejects.toThrow('退回时请填写原因')
    await expect(
      city.ok('packages.review', { unit: '330621', period: '2025年度', decision: 'reviewed' }),
    ).rejects.toThrow(/尚未报送 2025年度/)

    const back = await city.ok('packages.review', {
      unit: '330621',
      period: '2026年度',
      decision: 'returned',
      reason: '缺少第四季度活动记录',
    })
    expect(back.packageId).toBe(first.summary!.packageId)
    const returnedBody = JSON.parse(JSON.parse(back.receipt.signedText).body)
    expect(returnedBody).toMatchObject({
      formatVersion: 2,
      status: 'returned',
      decision: { kind: 'returned', period: '2026年度' },
    })
    expect(JSON.parse(JSON.parse(first.receipt!.signedText).body).formatVersion).toBe(1)
    expect(cellOf(await city.ok('packages.statusBoard', {}), '330621', '2026年度')).toMatchObject({
      status: 'returned',
      reason: '缺少第四季度活动记录',
    })

    const read = await county.ok('packages.importReceipt', { text: back.receipt.signedText })
    expect(read).toMatchObject({ status: 'returned', reason: '缺少第四季度活动记录' })
    const own = await county.ok('packages.statusBoard', {})
    expect(own.scope).toBe('own')
    expect(own.units).toEqual([{ code: '330621', name: '示例县委统战部' }])
    expect(cellOf(own, '330621', '2026年度')).toMatchObject({
      status: 'returned',
      reason: '缺少第四季度活动记录',
    })
    // The import receipt read again later does not undo the 退回.
    await county.ok('packages.importReceipt', { text: first.receipt!.signedText })
    expect(cellOf(await county.ok('packages.statusBoard', {}), '330621', '2026年度').status).toBe(
      'returned',
    )
    const applied = rows(county, 'SELECT applied_counts FROM packages')[0]!.applied_counts
    expect(JSON.parse(String(applied)).persons.inserted).toBe(1)

    await county.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
    )
    await send(county, city, '2026年度', 'incremental')
    const resent = cellOf(await city.ok('packages.statusBoard', {}), '330621', '2026年度')
    expect(resent.status).toBe('received')
    expect(resent.packages).toBe(2)
    expect(resent.history.map((h) => `${h.kind}:${h.status}`)).toEqual([
      'package:received',
      'decision:returned',
      'package:received',
    ])

    const ok = await city.ok('packages.review', {
      unit: '330621',
      period: '2026年度',
      decision: 'reviewed',
    })
    expect(ok.packageId).toBe(resent.latestPackageId)
    await county.ok('packages.importReceipt', { text: ok.receipt.signedText })
    const done = cellOf(await county.ok('packages.statusBoard', {}), '330621', '2026年度')
    expect(done.status).toBe('reviewed')
    expect(done.history.map((h) => h.status)).toEqual([
      'generated',
      'received',
      'returned',
      'generated',
      'received',
      'reviewed',
    ])

    const detail = await city.ok('packages.detail', { packageId: ok.packageId })
    expect(detail.summary.sender.code).toBe('330621')
    expect(detail.applied!.persons!.inserted).toBe(1)
    const audit = rows(
      city,
      "SELECT detail FROM audit_log WHERE action = 'packages.review' AND result = 'ok'",
    )
    expect(audit.map((a) => a.detail)).toEqual([
      '已退回 330621 示例县委统战部 2026年度 的报送：缺少第四季度活动记录，已签发回执',
      '已审核 330621 示例县委统战部 2026年度 的报送，已签发回执',
    ])
  })

  it('a gap is refused with a signed 已拒收 receipt the county reads; the city writes nothing', async () => {
    o = await offices()
    await o.county.ok('persons.create', person({ name: '张三', idNumber: validId('1985-03-12') }))
    await exportTo(o.county, { period: '2026年度' })
    await o.county.ok(
      'persons.create',
      person({ name: '李四', idNumber: validId('1990-01-01', '111') }),
    )
    const inc = await exportTo(o.county, { period: '2026年度', kind: 'incremental' })
    const before = rows(
      o.city,
      'SELECT (SELECT count(*) FROM packages) p, (SELECT count(*) FROM receipts) r',
    )
    const refused = await o.city.ok('packages.import', { data: inc.data, fileName: inc.fileName })
    expect(refused.status).toBe('refused')
    expect(refused.receipt?.status).toBe('refused')
    expect(
      rows(o.city, 'SELECT (SELECT count(*) FROM packages) p, (SELECT count(*) FROM receipts) r'),
    ).toEqual(before)

    const read = await o.county.ok('packages.importReceipt', { text: refused.receipt!.signedText })
    expect(read).toMatchObject({ status: 'refused', reason: refused.reason })
    const own = cellOf(await o.county.ok('packages.statusBoard', {}), '330621', '2026年度')
    expect(own.status).toBe('refused')
    expect(own.reason).toBe(refused.reason)
  })

  it('a receipt from a newer program asks for an upgrade', async () => {
    o = await offices()
    const body = JSON.stringify({ format: 'xinlian-receipt', formatVersion: 9 })
    await expect(
      o.county.ok('packages.importReceipt', { text: JSON.stringify({ body, signature: 'x' }) }),
    ).rejects.toThrow('请升级')
  })
})
