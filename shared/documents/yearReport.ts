import { reportColumnNames, reportDocumentText as text } from '../i18n/reports'
import { formatFigure, type ComputedReport } from '../reports/report'
import { beijingDay, periodText, type Period } from '../statistics/period'
import type { DocColumn } from './columns'
import { A4_PORTRAIT, TYPE_SIZES_PT, type TableLayout } from './geometry'
import {
  layoutTable,
  MIN_CELL_PT,
  type DocHead,
  type LaidOutPage,
  type TableType,
} from './tableLayout'

/** What a locked report prints under its table, so a copy says it was frozen. */
export interface LockStamp {
  lockedAt: string
  lockedBy: string | null
  hash: string
}

export interface ReportDocument {
  kind: 'yearReport'
  layout: TableLayout
  title: string
  infoLines: string[]
  head: DocHead
  type: TableType
  columns: DocColumn[]
  /** 注 and the 填报人 / 审核人 / 日期 line, as printed under the table. */
  summaryLines: string[]
  pages: LaidOutPage<string[]>[]
  period: Period
  locked: LockStamp | null
}

/** `2026年度`, `2026年第1季度`, or the two days. */
export function periodLabel(p: Period): string {
  const t = periodText(p)
  const q = /^(\d{4})Q([1-4])$/.exec(t)
  if (q) return text.periodQuarter(q[1]!, q[2]!)
  if (/^\d{4}$/.test(t)) return text.periodYear(t)
  return text.periodRange(p.from, p.to)
}

const FOOTER_LINE_MM = 7

/** The first 16 hex digits of the hash: enough to compare two copies by eye. */
function lockedLine(lock: LockStamp, rulesVersion: number): string {
  const day = beijingDay(Date.parse(lock.lockedAt))
  return text.lockedLine(day, lock.lockedBy ?? '', rulesVersion, lock.hash.slice(0, 16))
}

/** One report line as cells; sections are numbered, 其中 lines indented. */
function cellsOf(report: ComputedReport): string[][] {
  let section = 0
  return report.lines.map((line) => {
    if (line.kind === 'section') {
      section++
      return [text.section(section, line.label), '', ...line.values.map(() => '')]
    }
    return [
      '\u3000'.repeat(line.indent) + line.label,
      line.unit,
      ...line.values.map((v, i) =>
        formatFigure(v, report.template.columns[i]!, line.decimals, text.notAvailable),
      ),
    ]
  })
}

/**
 * A computed report as printed: A4 portrait in the GB/T 9704 manner (2号 title, 4号 info
 * line with 填报单位 and period), the table (项目, 单位, one column per figure), the notes,
 * and the 填报人 / 审核人 / 填报日期 line; a locked report also prints its lock and hash.
 */
export function buildReportDocument(
  report: ComputedReport,
  options: { date: string; locked: LockStamp | null },
): ReportDocument {
  const notes = report.template.notes
  const summaryLines = [
    ...(notes.length ? [text.notesHead, ...notes.map((n, i) => text.note(i + 1, n))] : []),
    text.signLine(options.date),
    ...(options.locked ? [lockedLine(options.locked, report.rulesVersion)] : []),
  ]
  const layout: TableLayout = {
    page: A4_PORTRAIT,
    titleMm: 16,
    infoMm: 8,
    repeatTitle: false,
    headerMm: 10,
    rowMm: 7,
    footerMm: summaryLines.length * FOOTER_LINE_MM + 4,
  }
  const specs = [
    { key: 'label', label: text.indicatorColumn, align: 'left' as const },
    { key: 'unit', label: text.unitColumn, noWrap: true },
    ...report.template.columns.map((c) => ({
      key: c,
      label: reportColumnNames[c] ?? c,
      align: 'right' as const,
      noWrap: true,
      minMm: 22,
    })),
  ]
  const title = report.template.title
  const infoLines = [text.info(report.unitName, periodLabel(report.period))]
  const table = layoutTable({
    layout,
    title,
    infoLines,
    specs,
    rows: cellsOf(report),
    cellsOf: (r) => r,
    sizesPt: [TYPE_SIZES_PT.table, TYPE_SIZES_PT.tableSmall, MIN_CELL_PT],
    footer: summaryLines.join('\n'),
  })
  return {
    kind: 'yearReport',
    layout,
    title,
    infoLines,
    head: table.head,
    type: table.type,
    columns: table.columns,
    summaryLines,
    pages: table.pages,
    period: report.period,
    locked: options.locked,
  }
}
