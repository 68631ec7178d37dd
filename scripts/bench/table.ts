import type { BenchRow, Budget, Unit } from './rows'

function amount(n: number, unit: Unit): string {
  if (!Number.isFinite(n)) return '—'
  if (unit === 'MB') return `${n.toFixed(0)} MB`
  if (n >= 1000) return `${(n / 1000).toFixed(2)} s`
  if (n >= 100) return `${n.toFixed(0)} ms`
  if (n >= 10) return `${n.toFixed(1)} ms`
  return `${n.toFixed(2)} ms`
}

function budgetText(b: Budget, unit: Unit): string {
  if (!b) return '—'
  return b.kind === 'ratio' ? `≤ ${b.limit}×` : `≤ ${amount(b.limit, unit)}`
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u1100-\uffff]/u.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1
  return w
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)))
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s

/** The table: operation, scale, value, baseline, ratio, budget, within budget?, note. */
export function formatTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.operation,
    r.scale,
    r.p50 === null
      ? amount(r.value, r.unit)
      : `${amount(r.p50, r.unit)} / ${amount(r.value, r.unit)}`,
    r.baseline === null ? '—' : amount(r.baseline, r.unit),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    budgetText(r.budget, r.unit),
    r.within === null ? '—' : r.within ? 'yes' : 'NO',
    [r.baselineLabel ? `baseline: ${r.baselineLabel}` : '', r.note ?? '']
      .filter(Boolean)
      .join('; '),
  ])
  const head = [
    'operation',
    'scale',
    'value (p50 / p95)',
    'baseline',
    'ratio',
    'budget',
    'ok?',
    'note',
  ]
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))))
  const right = new Set([2, 3, 4, 5])
  const line = (c: string[]) =>
    c
      .map((v, i) =>
        i === c.length - 1 ? v : right.has(i) ? padStart(v, widths[i]!) : pad(v, widths[i]!),
      )
      .join('  ')
      .trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')
}
