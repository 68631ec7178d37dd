import { loadavg } from 'node:os'

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export interface Distribution {
  p50: number
  p95: number
  max: number
  samples: number
}

export function distribution(times: number[]): Distribution {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    samples: sorted.length,
  }
}

/** Times `fn` once per input, in order; answers the distribution and what each call returned. */
export async function timeEach<I, R>(
  inputs: readonly I[],
  fn: (input: I, i: number) => R | Promise<R>,
): Promise<{ dist: Distribution; values: R[] }> {
  const times: number[] = []
  const values: R[] = []
  for (let i = 0; i < inputs.length; i++) {
    const t0 = performance.now()
    values.push(await fn(inputs[i]!, i))
    times.push(performance.now() - t0)
  }
  return { dist: distribution(times), values }
}

/** Wall time of one run of `fn`, in ms. */
export async function timeOnce<R>(fn: () => R | Promise<R>): Promise<{ ms: number; value: R }> {
  const t0 = performance.now()
  const value = await fn()
  return { ms: performance.now() - t0, value }
}

/** Milliseconds accumulated over the timed parts of a loop whose untimed parts are skipped. */
export class Stopwatch {
  ms = 0
  time<R>(fn: () => R): R {
    const t0 = performance.now()
    try {
      return fn()
    } finally {
      this.ms += performance.now() - t0
    }
  }
}

/** Times measured on each side of a figure, and the 1-minute load average at each run. */
export interface Alternated {
  subject: number[]
  baseline: number[]
  loads: number[]
}

/**
 * `runs` measurements of each side, alternating which goes first (subject, baseline;
 * baseline, subject; …): a load spike on the shared machine falls on both sides, and
 * neither always runs with the other's pages warm. Each call answers its own milliseconds,
 * so setting up (a fresh register, a file) stays out of the figure.
 */
export async function alternated(
  runs: number,
  subject: (run: number) => Promise<number>,
  baseline: (run: number) => Promise<number>,
): Promise<Alternated> {
  const out: Alternated = { subject: [], baseline: [], loads: [] }
  for (let run = 0; run < runs; run++) {
    out.loads.push(loadavg()[0]!)
    if (run % 2 === 0) {
      out.subject.push(await subject(run))
      out.baseline.push(await baseline(run))
    } else {
      out.baseline.push(await baseline(run))
      out.subject.push(await subject(run))
    }
  }
  return out
}

/** "median of 5 alternating runs (load 3.1–4.0)" for a row's note. */
export function alternatedNote(a: Alternated): string {
  const lo = Math.min(...a.loads).toFixed(1)
  const hi = Math.max(...a.loads).toFixed(1)
  const runs = a.subject.length
  return `${runs > 1 ? `median of ${runs} alternating runs` : 'one run each'} (load ${lo === hi ? lo : `${lo}–${hi}`})`
}
