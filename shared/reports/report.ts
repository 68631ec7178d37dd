import {
  INDICATOR_BY_ID,
  type IndicatorSource,
  type IndicatorValues,
} from '../statistics/indicators'
import type { Period } from '../statistics/period'
import type { ReportColumn, ReportTemplateSpec } from './template'

/** One printed line of a report: a section header or an indicator with its figures. */
export interface ReportLine {
  kind: 'section' | 'indicator'
  label: string
  indicatorId: string | null
  indent: number
  unit: string
  decimals: number
  /** One per template column; null where the figure cannot be given (—). */
  values: (number | null)[]
}

/** A template filled with a period's figures: what is shown, printed, exported and locked. */
export interface ComputedReport {
  templateId: string | null
  template: ReportTemplateSpec
  period: Period
  /** 上年同期, when a column needs it. */
  comparedWith: Period | null
  lines: ReportLine[]
  unitName: string
  rulesVersion: number
  /** ISO instant. */
  computedAt: string
  unavailable: IndicatorSource[]
}

/** The indicators a template needs, each once. */
export function templateIndicatorIds(spec: Pick<ReportTemplateSpec, 'rows'>): string[] {
  const ids = new Set<string>()
  for (const row of spec.rows) if (row.kind === 'indicator') ids.add(row.indicatorId)
  return [...ids]
}

export function needsLastYear(columns: readonly ReportColumn[]): boolean {
  return columns.some((c) => c !== 'current')
}

function rounded(value: number, decimals: number): number {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

/**
 * The figure of one column. A snapshot indicator (在册人数 and the like) counts the register
 * as it is now: there is no 上年同期 to read back, so that column and the change are left
 * empty rather than compared with themselves.
 */
function columnValue(
  column: ReportColumn,
  id: string,
  current: IndicatorValues,
  previous: IndicatorValues | null,
): number | null {
  const def = INDICATOR_BY_ID.get(id)!
  const now = current[id] ?? 0
  if (column === 'current') return now
  const before = def.basis === 'snapshot' || !previous ? null : (previous[id] ?? 0)
  if (before === null) return null
  if (column === 'lastYear') return before
  if (column === 'change') return rounded(now - before, def.decimals)
  return before === 0 ? null : rounded(((now - before) / before) * 100, 1)
}

/** The template's lines with the figures of each column. */
export function reportLines(
  spec: ReportTemplateSpec,
  current: IndicatorValues,
  previous: IndicatorValues | null,
): ReportLine[] {
  return spec.rows.map((row) => {
    if (row.kind === 'section')
      return {
        kind: 'section',
        label: row.label,
        indicatorId: null,
        indent: 0,
        unit: '',
        decimals: 0,
        values: spec.columns.map(() => null),
      }
    const def = INDICATOR_BY_ID.get(row.indicatorId)!
    return {
      kind: 'indicator',
      label: row.label ?? def.name,
      indicatorId: def.id,
      indent: row.indent,
      unit: def.unit,
      decimals: def.decimals,
      values: spec.columns.map((c) => columnValue(c, def.id, current, previous)),
    }
  })
}

/** A figure as printed: fixed decimals, a sign on changes, % on rates, — when absent. */
export function formatFigure(
  value: number | null,
  column: ReportColumn,
  decimals: number,
  absent: string,
): string {
  if (value === null) return absent
  if (column === 'changePercent') return `${value > 0 ? '+' : ''}${value.toFixed(1)}%`
  const text = value.toFixed(decimals)
  return column === 'change' && value > 0 ? `+${text}` : text
}
