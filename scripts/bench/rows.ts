import type { Distribution } from './timing'

/**
 * A budget: `max` bounds the value itself (ms, MB), `ratio` bounds value ÷ baseline.
 * Operations the issue sets no budget for carry null and are reported for the record.
 */
export type Budget = { kind: 'max'; limit: number } | { kind: 'ratio'; limit: number } | null

export type Unit = 'ms' | 'MB'

/** One line of the table; `value` is the p95 where the figure is a distribution. */
export interface BenchRow {
  /** Stable key (JSON consumers, the smoke test). */
  id: string
  operation: string
  scale: string
  unit: Unit
  value: number
  p50: number | null
  baseline: number | null
  /** What the baseline is, in a few words. */
  baselineLabel: string | null
  ratio: number | null
  budget: Budget
  within: boolean | null
  note: string | null
}

export interface RowSpec {
  id: string
  operation: string
  unit?: Unit
  value: number | Distribution
  baseline?: number | Distribution | null
  baselineLabel?: string
  budget?: Budget
  note?: string
}

const p95 = (v: number | Distribution) => (typeof v === 'number' ? v : v.p95)

/** Builds a row: ratio against the baseline (p95 to p95), and the budget verdict. */
export function benchRow(scale: string, spec: RowSpec): BenchRow {
  const value = p95(spec.value)
  const baseline = spec.baseline == null ? null : p95(spec.baseline)
  const ratio = baseline !== null && baseline > 0 ? value / baseline : null
  const budget = spec.budget ?? null
  let within: boolean | null = null
  if (budget?.kind === 'max') within = value <= budget.limit
  if (budget?.kind === 'ratio') within = ratio === null ? null : ratio <= budget.limit
  return {
    id: spec.id,
    operation: spec.operation,
    scale,
    unit: spec.unit ?? 'ms',
    value,
    p50: typeof spec.value === 'number' ? null : spec.value.p50,
    baseline,
    baselineLabel: spec.baselineLabel ?? null,
    ratio,
    budget,
    within,
    note: spec.note ?? null,
  }
}

/** Collects the rows of one run, echoing each as it is measured (long runs show progress). */
export class RowSink {
  readonly rows: BenchRow[] = []
  constructor(
    private readonly scale: string,
    private readonly echo: (row: BenchRow) => void = () => undefined,
  ) {}

  add(spec: RowSpec): BenchRow {
    const row = benchRow(this.scale, spec)
    this.rows.push(row)
    this.echo(row)
    return row
  }
}
