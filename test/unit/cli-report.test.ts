import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  SIGNED_IN,
  ADMIN_PASSWORD,
  asAdmin,
  auditRows,
  initializedDir,
  onlyJson,
  removeTempDirs,
  runCli,
  tempDir,
} from './cli-run'

afterAll(removeTempDirs)

let dir: string

interface ReportJson {
  template: { name: string }
  period: { from: string; to: string }
  columns: string[]
  lines: { indicatorId: string | null; label: string; values: (number | null)[] }[]
  notes: string[]
  locked: { id: string; hash: string } | null
  file: string | null
}

const valueOf = (doc: ReportJson, id: string) => doc.lines.find((l) => l.indicatorId === id)!.values

beforeAll(async () => {
  dir = await initializedDir()
  await asAdmin(dir, async (ok) => {
    await ok('persons.create', { name: '张三', team: '1', categories: [{ code: '11' }] })
    await ok('persons.create', { name: '李四', categories: [{ code: '11' }, { code: '41' }] })
    for (const startDate of ['2025-04-01', '2026-04-01', '2026-05-01'])
      await ok('activities.create', { type: '01', title: '学习会', startDate, status: 'held' })
  })
}, 60_000)

describe('xinlian report', () => {
  it('fills the default yearly table for a period, the figures of xinlian stats', async () => {
    const r = await runCli(
      ['report', '--data-dir', dir, '--user', 'admin', '--period', '2026', '--json'],
      SIGNED_IN,
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const doc = onlyJson(r.stdout) as unknown as ReportJson
    expect(doc.template.name).toBe('新的社会阶层人士统战工作情况统计表')
    expect(doc.columns).toEqual(['current', 'lastYear', 'change'])
    expect(valueOf(doc, 'persons.total')).toEqual([2, null, null])
    expect(valueOf(doc, 'persons.category.11')).toEqual([2, null, null])
    expect(valueOf(doc, 'activities.count')).toEqual([2, 1, 1])
    expect(doc.notes).toContain('一人属多类的，分类合计大于总数。')
    expect(doc.locked).toBeNull()
    const stats = onlyJson(
      (
        await runCli(
          ['stats', '--data-dir', dir, '--user', 'admin', '--period', '2026', '--json'],
          SIGNED_IN,
        )
      ).stdout,
    ) as { indicators: { id: string; value: number }[] }
    expect(stats.indicators.find((i) => i.id === 'activities.count')!.value).toBe(2)

    const text = await runCli(
      ['report', '--data-dir', dir, '--user', 'admin', '--period', '2026'],
      SIGNED_IN,
    )
    expect(text.stdout).toContain('统计期：2026年度')
    expect(text.stdout).toContain('【活动开展情况】')
    expect(text.stdout).toContain('活动场次（场）：本期 2  上年同期 1  增减 +1')
  }, 120_000)

  it('saves the .xlsx with the same figures, and locks only with an operator', async () => {
    const out = join(tempDir(), '2026年度统计表.xlsx')
    const noUser = await runCli(['report', '--data-dir', dir, '--period', '2026', '--lock'])
    expect(noUser.code).toBe(2)
    expect(noUser.stderr).toContain('锁定报表需要 --user')
    const r = await runCli(
      [
        'report',
        '--data-dir',
        dir,
        '--period',
        '2026',
        '--lock',
        '--user',
        'admin',
        '--out',
        out,
        '--json',
      ],
      { XINLIAN_PASSWORD: ADMIN_PASSWORD },
    )
    expect(r.stderr).toBe('')
    const doc = onlyJson(r.stdout) as unknown as ReportJson
    expect(doc.locked?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.file).toBe(out)
    expect(auditRows(dir).map((a) => a.action)).toEqual(
      expect.arrayContaining(['reports.lock', 'reports.export']),
    )

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ws = wb.worksheets[0]!
    expect(ws.getCell('A1').value).toBe('新的社会阶层人士统战工作情况统计表')
    const rows = new Map<string, unknown[]>()
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1)
      rows.set(String(values[0]).trim(), values)
    })
    expect(rows.get('活动场次')).toEqual(['活动场次', '场', 2, 1, '+1'])
    expect(rows.get('在册人数')).toEqual(['在册人数', '人', 2, '—', '—'])

    // Locked: a new person leaves the locked figures, and a second lock is refused.
    await asAdmin(dir, async (ok) => {
      await ok('persons.create', { name: '王五', categories: [{ code: '31' }] })
    })
    const live = onlyJson(
      (
        await runCli(
          ['report', '--data-dir', dir, '--user', 'admin', '--period', '2026', '--json'],
          SIGNED_IN,
        )
      ).stdout,
    ) as unknown as ReportJson
    expect(valueOf(live, 'persons.total')[0]).toBe(3)
    const again = await runCli(
      ['report', '--data-dir', dir, '--period', '2026', '--lock', '--user', 'admin'],
      { XINLIAN_PASSWORD: ADMIN_PASSWORD },
    )
    expect(again.code).not.toBe(0)
    expect(again.stderr).toContain('已经锁定')
  }, 180_000)

  it('refuses an unknown template and a file that is not .xlsx', async () => {
    const none = await runCli(
      ['report', '--data-dir', dir, '--user', 'admin', '--template', '没有这个表'],
      SIGNED_IN,
    )
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('找不到名为“没有这个表”的报表模板')
    const bad = await runCli(
      ['report', '--data-dir', dir, '--user', 'admin', '--out', 'x.csv'],
      SIGNED_IN,
    )
    expect(bad.code).toBe(2)
  }, 120_000)
})
