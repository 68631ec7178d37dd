import { BENCH_SCALE_NAMES, isBenchScaleName, type BenchScaleName } from './scales'

export interface BenchArgs {
  scale: BenchScaleName
  json: string
}

/** `[--scale county|city|province|tiny] [--json FILE]`; `--scale=city` works too. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let scale: string = 'county'
  let json: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (flag === '--scale') scale = value()
    else if (flag === '--json') json = value()
    else if (flag === '--') continue
    else
      throw new Error(
        `unknown argument ${argv[i]}; usage: npm run bench -- [--scale ${BENCH_SCALE_NAMES.join('|')}] [--json FILE]`,
      )
  }
  if (!isBenchScaleName(scale))
    throw new Error(`--scale must be one of ${BENCH_SCALE_NAMES.join(', ')}`)
  if (json === '') throw new Error('--json needs a file name')
  return { scale, json: json ?? `artifacts/bench/bench-${scale}.json` }
}
