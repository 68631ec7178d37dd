import { describe, expect, it } from 'vitest'
import { buildReportDocument, periodLabel } from '../../shared/documents/yearReport'
import { defaultReportTemplate } from '../../shared/reports/defaultTemplate'
import { reportLines, type ComputedReport } from '../../shared/reports/report'
import { parsePeriod, samePeriodLastYear, yearPeriod } from '../../shared/statistics/period'

function report(period = yearPeriod(2026)): ComputedReport {
  const template = defaultReportTemplate()
  return {
    templateId: null,
    template,
    period,
    comparedWith: samePeriodLastYear(period),
    lines: reportLines(template, { 'activities.count': 5 }, { 'activities.count': 4 }),
    unitName: '示例县委统战部',
    rulesVersion: 1,
    computedAt: '2026-12-31T16:30:00.000Z',
    unavailable: [],
  }
}

describe('report periods and lock dates, whatever the machine’s time zone', () => {
  it('names a year, a quarter and a range as the offices write them', () => {
    expect(periodLabel(parsePeriod('2026')!)).toBe('2026年度')
    expect(periodLabel(parsePeriod('2026Q4')!)).toBe('2026年第4季度')
    expect(periodLabel(parsePeriod('2024-02-29..2024-03-01')!)).toBe('2024-02-29 至 2024-03-01')
    // Leap day: the same period last year ends on 28 February.
    expect(samePeriodLastYear(parsePeriod('2024-01-01..2024-02-29')!).to).toBe('2023-02-28')
  })

  it('prints a lock made at 00:30 Beijing time on 1 January as that day', () => {
    const doc = buildReportDocument(report(), {
      date: '2027-01-01',
      locked: { lockedAt: '2026-12-31T16:30:00.000Z', lockedBy: 'admin', hash: 'ab'.repeat(32) },
    })
    expect(doc.summaryLines.at(-1)).toBe(
      `已锁定：2027-01-01，admin；指标口径第 1 版；校验码 ${'ab'.repeat(8)}`,
    )
    expect(doc.summaryLines.at(-2)).toBe(
      '填报人：____________    审核人：____________    填报日期：2027-01-01',
    )
    const activities = doc.pages.flatMap((p) => p.rows).find((r) => r[0] === '活动场次')
    expect(activities).toEqual(['活动场次', '场', '5', '4', '+1'])
  })
})
