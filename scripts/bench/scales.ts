/** What each bench scale holds. `tiny` exists for the smoke test: every phase, in seconds. */
export interface BenchScale {
  name: BenchScaleName
  /** Persons in the register (and written by the insert comparison). */
  persons: number
  /** Rows of the .xlsx exported and imported (the issue: 100k at city scale and above). */
  xlsxRows: number
  /** Activities for the per-month statistics, each with `participants` persons. */
  activities: number
  participants: number
  /** Samples per search or list figure. */
  queries: number
  /** Samples for slower figures: statistics, print model, SQL baselines of deep pages. */
  repeats: number
  /**
   * Samples of the plain GROUP BY baselines (what a figure would cost without the list
   * index; each beside an absolute budget, so for information): none at a province, where
   * one sample is four scans of a million encrypted persons (~100 s at load 4), a sixth of
   * the bench's ten minutes.
   */
  groupByRepeats: number
  /** Persons on the printed roster. */
  roster: number
}

export const BENCH_SCALE_NAMES = ['tiny', 'county', 'city', 'province'] as const
export type BenchScaleName = (typeof BENCH_SCALE_NAMES)[number]

const PERSONS: Record<BenchScaleName, number> = {
  tiny: 300,
  county: 5_000,
  city: 100_000,
  province: 1_000_000,
}

export function benchScale(name: BenchScaleName): BenchScale {
  const persons = PERSONS[name]
  const tiny = name === 'tiny'
  return {
    name,
    persons,
    xlsxRows: Math.min(persons, 100_000),
    activities: tiny ? 60 : Math.min(6_000, 1_000 + Math.round(persons / 200)),
    participants: tiny ? 8 : 12,
    queries: tiny ? 20 : 200,
    repeats: tiny ? 5 : 30,
    groupByRepeats: name === 'province' ? 0 : 5,
    roster: Math.min(persons, 1_000),
  }
}

export function isBenchScaleName(s: string): s is BenchScaleName {
  return (BENCH_SCALE_NAMES as readonly string[]).includes(s)
}
