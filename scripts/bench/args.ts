import { BENCH_SCALE_NAMES, isBenchScaleName, type BenchScaleName } from './scales'

/** Phases `--only` can pick: the register and its opening always run first. */
export const BENCH_ONLY_PHASES = ['suggestions', 'statistics', 'atRest'] as const
export type BenchOnlyPhase = (typeof BENCH_ONLY_PHASES)[number]

export interface BenchArgs {
  scale: BenchScaleName
  json: string
  /** One phase instead of all: repeating a single figure on a shared machine takes minutes, not the whole run. */
  only?: BenchOnlyPhase
}

/** `[--scale county|city|province|tiny] [--json FILE] [--only suggestions|statistics|atRest]`; `--scale=city` works too. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let scale: string = 'county'
  let json: string | null = null
  let only: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (flag === '--scale') scale = value()
    else if (flag === '--json') json = value()
    else if (flag === '--only') only = value()
    else if (flag === '--') continue
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: npm run bench -- [--scale ${BENCH_SCALE_NAMES.join('|')}] [--json FILE] [--only ${BENCH_ONLY_PHASES.join('|')}]`,
      )
  }
  if (!isBenchScaleName(scale))
    throw new Error(`--scale must be one of ${BENCH_SCALE_NAMES.join(', ')}`)
  if (json === '') throw new Error('--json needs a file name')
  if (only !== null && !(BENCH_ONLY_PHASES as readonly string[]).includes(only))
    throw new Error(`--only must be one of ${BENCH_ONLY_PHASES.join(', ')}`)
  const file = json ?? `artifacts/bench/bench-${scale}${only ? `-${only}` : ''}.json`
  return only ? { scale, json: file, only: only as BenchOnlyPhase } : { scale, json: file }
}
