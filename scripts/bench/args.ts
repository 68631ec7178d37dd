import { BENCH_SCALE_NAMES, isBenchScaleName, type BenchScaleName } from './scales'

/**
 * Phases `--only` can pick: the register and its opening run first, except for `packages`,
 * which builds registers of its own.
 */
export const BENCH_ONLY_PHASES = [
  'suggestions',
  'statistics',
  'packages',
  'upper',
  'relay',
  'atRest',
  'import',
] as const
export type BenchOnlyPhase = (typeof BENCH_ONLY_PHASES)[number]

export interface BenchArgs {
  scale: BenchScaleName
  json: string
  /** One phase instead of all: repeating a single figure on a shared machine takes minutes, not the whole run. */
  only?: BenchOnlyPhase
  /** Keep the built register in artifacts/bench/registers and copy it on later runs. */
  reuseRegister: boolean
}

/**
 * `[--scale county|city|province|tiny] [--json FILE]
 * [--only suggestions|statistics|packages|upper|relay|atRest|import] [--reuse-register]`;
 * `--scale=city` works too.
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let scale: string = 'county'
  let json: string | null = null
  let only: string | null = null
  let reuseRegister = false
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (flag === '--scale') scale = value()
    else if (flag === '--json') json = value()
    else if (flag === '--only') only = value()
    else if (flag === '--reuse-register') reuseRegister = true
    else if (flag === '--') continue
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: npm run bench -- [--scale ${BENCH_SCALE_NAMES.join('|')}] [--json FILE] [--only ${BENCH_ONLY_PHASES.join('|')}] [--reuse-register]`,
      )
  }
  if (!isBenchScaleName(scale))
    throw new Error(`--scale must be one of ${BENCH_SCALE_NAMES.join(', ')}`)
  if (json === '') throw new Error('--json needs a file name')
  if (only !== null && !(BENCH_ONLY_PHASES as readonly string[]).includes(only))
    throw new Error(`--only must be one of ${BENCH_ONLY_PHASES.join(', ')}`)
  const file = json ?? `artifacts/bench/bench-${scale}${only ? `-${only}` : ''}.json`
  return only
    ? { scale, json: file, only: only as BenchOnlyPhase, reuseRegister }
    : { scale, json: file, reuseRegister }
}
