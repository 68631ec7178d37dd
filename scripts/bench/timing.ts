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
