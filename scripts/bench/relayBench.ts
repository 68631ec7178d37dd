import { join } from 'node:path'
import { BENCH_ADMIN, openBenchCore, type BenchCore } from './benchCore'
import { bareNdjsonZip } from './packageBench'
import { shapeAsCity } from './provinceShape'
import type { RowSink } from './rows'
import type { RssMonitor } from './rss'
import { timeOnce } from './timing'

/** The export budget: ≤ 1.5× a bare streaming write of the same rows. */
const EXPORT_BUDGET = { kind: 'ratio', limit: 1.5 } as const
const PROVINCE = { code: '330000', name: '浙江省委统战部' }
const COUNTIES = 10
const PERIOD = '2026年度'

const rssMb = () => process.memoryUsage().rss / 2 ** 20

/**
 * A city's relay to the province (issue 13): the register becomes a city whose rows came
 * from 10 counties, each with a package received; the province is registered as its upper
 * unit; then one full relay through packages.export beside a bare NDJSON + zip write of the
 * same rows, and the resident memory the export added.
 */
export async function benchRelay(
  sink: RowSink,
  b: BenchCore,
  root: string,
  rss: RssMonitor,
): Promise<void> {
  const sqlite = b.core.database.sqlite
  const city = shapeAsCity(sqlite, { counties: COUNTIES, period: PERIOD })
  const province = await openBenchCore(join(root, 'province'))
  try {
    await province.call('setup.init', { unit: PROVINCE, admin: BENCH_ADMIN })
    const card = await province.call('units.card', {})
    await b.call('units.register', { card: card.signedText, fingerprint: card.fingerprint })
  } finally {
    province.close()
  }
  rss.sample()
  const before = rssMb()
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20)
  const relayed = await timeOnce(() =>
    b.call('packages.export', {
      to: PROVINCE.code,
      period: PERIOD,
      kind: 'full',
      plain: false,
      explanation: '基准测试：转报各县数据',
    }),
  )
  clearInterval(sampler)
  peak = Math.max(peak, rssMb())
  rss.sample()
  const bare = await timeOnce(() => bareNdjsonZip(sqlite))
  const persons = relayed.value.tables.find((t) => t.table === 'persons')?.rows ?? 0
  sink.add({
    id: 'relay.export',
    operation: `relay a city's full package to the province, ${persons} persons of ${COUNTIES} counties`,
    value: relayed.ms,
    baseline: bare.ms,
    baselineLabel: 'bare NDJSON + zip write of the same rows',
    budget: EXPORT_BUDGET,
    note: `${city.code} relaying ${city.counties.length} counties' rows and packages; ${(relayed.value.bytes / 1e6).toFixed(1)} MB package`,
  })
  sink.add({
    id: 'relay.export.rss',
    operation: 'resident memory the relay export added (sampled peak − before)',
    unit: 'MB',
    value: peak - before,
    note: `${Math.round(before)} MB before, ${Math.round(peak)} MB sampled peak (sampled every 20 ms; synchronous stretches are missed, see rss.peak)`,
  })
}
