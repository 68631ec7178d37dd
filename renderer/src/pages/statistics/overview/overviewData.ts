import type { IndicatorReport, StatisticsBreakdowns } from '../../../../../shared/contract'
import { CATEGORIES, CATEGORY_GROUPS } from '../../../../../shared/codes/categories'

/** The indicators 概览 draws, asked for by id so the engine computes only their sources. */
export const OVERVIEW_INDICATORS = [
  'persons.total',
  ...CATEGORY_GROUPS.map((g) => `persons.group.${g.code}`),
  ...CATEGORIES.map((c) => `persons.category.${c.code}`),
  'suggestions.submitted',
  'suggestions.adopted',
  'suggestions.instructed',
]

/** What the engine answered for one period: the charts draw these numbers and nothing else. */
export interface OverviewData {
  report: IndicatorReport
  breakdowns: StatisticsBreakdowns
  /** `2026`, `2026Q3` or `from..to`: file names and table keys. */
  periodText: string
}

export const formatCount = (n: number) => n.toLocaleString('zh-CN')

/** Percent with one decimal; a dash when the whole is zero. */
export const share = (part: number, whole: number) =>
  whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—'
