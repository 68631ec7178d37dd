import type { DocColumn } from '../../../shared/documents/columns'

/** The 合计 row: its label spans the empty cells after it (序号, 日期, 活动名称). */
export function totalCells(columns: readonly DocColumn[], values: readonly string[]) {
  const firstValue = values.findIndex((v, i) => i > 0 && v !== '')
  const span = Math.max(1, firstValue < 0 ? columns.length : firstValue)
  const label = {
    key: columns[0]?.key ?? 'total',
    text: values[0] ?? '',
    span,
    widthMm: columns.slice(0, span).reduce((s, c) => s + c.widthMm, 0),
    align: 'center' as const,
  }
  return [
    label,
    ...columns.slice(span).map((c, i) => ({
      key: c.key,
      text: values[span + i] ?? '',
      span: 1,
      widthMm: c.widthMm,
      align: c.align,
    })),
  ]
}
