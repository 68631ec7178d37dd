import type BetterSqlite3 from 'better-sqlite3'
import {
  needsLastYear,
  reportLines,
  templateIndicatorIds,
  type ComputedReport,
} from '../../../shared/reports/report'
import type { ReportTemplateSpec } from '../../../shared/reports/template'
import { samePeriodLastYear, type Period } from '../../../shared/statistics/period'
import { indicatorReport } from '../statistics/indicatorReport'
import type { SiteScope } from '../statistics/siteScope'

/**
 * A template filled with the period's figures. Every figure comes from the one indicator
 * engine (statistics/indicators), so the report, the 统计 page, the dashboard and
 * `xinlian stats` never disagree.
 */
export function computeReport(
  sqlite: BetterSqlite3.Database,
  input: {
    templateId: string | null
    template: ReportTemplateSpec
    period: Period
    unitName: string
    today: string
    nowMs: number
    sites: SiteScope
  },
): ComputedReport {
  const { template, period } = input
  const ids = templateIndicatorIds(template)
  const { sites } = input
  const current = indicatorReport(sqlite, period, input.today, input.nowMs, ids, sites)
  const comparedWith = needsLastYear(template.columns) ? samePeriodLastYear(period) : null
  const previous = comparedWith
    ? indicatorReport(sqlite, comparedWith, input.today, input.nowMs, ids, sites)
    : null
  return {
    templateId: input.templateId,
    template,
    period,
    comparedWith,
    lines: reportLines(template, current.values, previous?.values ?? null),
    unitName: input.unitName,
    rulesVersion: current.rulesVersion,
    computedAt: current.computedAt,
    unavailable: current.unavailable,
  }
}
