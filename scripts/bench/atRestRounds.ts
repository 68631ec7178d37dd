import { RowSink, type BenchRow } from './rows'
import type { Distribution } from './timing'

export type Side = 'plain' | 'encrypted'

/** One side's rows of every round, by row id. */
export type RoundRows = Map<string, BenchRow[]>

/**
 * Runs `phases` on both sides `rounds` times after one warm-up round that is thrown away,
 * alternating which side goes first: both page caches (SQLite's and the OS's) are as warm as
 * the app's would be after a few minutes of work, and a load spike on the shared machine
 * falls on both sides instead of on one.
 */
export async function interleavedRounds(
  scaleName: string,
  rounds: number,
  phases: (side: Side, sink: RowSink) => Promise<void>,
  log: (line: string) => void,
): Promise<Record<Side, RoundRows>> {
  const kept: Record<Side, RoundRows> = { plain: new Map(), encrypted: new Map() }
  for (let round = 0; round <= rounds; round++) {
    const order: Side[] = round % 2 === 0 ? ['plain', 'encrypted'] : ['encrypted', 'plain']
    for (const side of order) {
      log(`at rest: ${round === 0 ? 'warm-up' : `round ${round}/${rounds}`}, ${side}`)
      const own = new RowSink(scaleName)
      await phases(side, own)
      if (round === 0) continue
      for (const row of own.rows) kept[side].set(row.id, [...(kept[side].get(row.id) ?? []), row])
    }
  }
  return kept
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The median over rounds of each round's p95 and p50 (a row's value is its p95). */
export function medianOverRounds(rows: readonly BenchRow[]): Distribution {
  return {
    p50: median(rows.map((r) => r.p50 ?? r.value)),
    p95: median(rows.map((r) => r.value)),
    max: Math.max(...rows.map((r) => r.value)),
    samples: rows.length,
  }
}
