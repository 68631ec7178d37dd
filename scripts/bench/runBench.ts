import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { benchAtRest } from './atRestBench'
import { benchExcel } from './excelBench'
import { memoryReducingCollection } from '../../electron/services/memoryReducingCollection'
import { benchInsert } from './insertBench'
import { benchList } from './listBench'
import { benchOpen } from './openBench'
import { benchPackages } from './packageBench'
import { benchPrint } from './printBench'
import { buildRegister } from './register'
import { REGISTER_CACHE_DIR, reusedOrBuilt } from './registerCache'
import { RowSink, type BenchRow } from './rows'
import { RssMonitor, type RssReport } from './rss'
import { samplePersons } from './sample'
import type { BenchOnlyPhase } from './args'
import { benchScale, type BenchScale, type BenchScaleName } from './scales'
import { benchSearch } from './searchBench'
import { benchDashboard, benchStatistics, benchStatisticsCold } from './statisticsBench'
import { benchSuggestions } from './suggestionsBench'
import { benchUpper } from './upperBench'
import { benchRelay } from './relayBench'

export interface BenchOptions {
  scale: BenchScaleName
  /** Only this phase after the register is built and opened; every phase when absent. */
  only?: BenchOnlyPhase
  /** Copy the register from artifacts/bench/registers when an earlier run kept it. */
  reuseRegister?: boolean
  /** Progress lines (stderr in the CLI); silent when absent. */
  log?: (line: string) => void
  /** Each row as soon as it is measured. */
  onRow?: (row: BenchRow) => void
}

export interface BenchReport {
  scale: BenchScaleName
  persons: number
  startedAt: string
  durationMs: number
  node: string
  cpus: number
  /** What the figures were taken on: results kept in bench/results/ say so. */
  machine: { cpu: string; memoryGb: number; os: string }
  /** 1-minute load average before and after: absolute times drift with it, ratios less. */
  loadavg: { before: number; after: number }
  rss: RssReport & { samples: number }
  rows: BenchRow[]
}

const RSS_BUDGET = { kind: 'max', limit: 1024 } as const

/**
 * Runs every figure at one scale in a temporary directory (removed afterwards), in an order
 * that keeps each measurement honest: the register is built at the previous schema, opened
 * (migrated) and copied; the first statistics call builds the list index; then search,
 * list, statistics, print, Excel; the insert comparison, then the county → city package, each
 * in registers of their own.
 */
export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  const scale = benchScale(opts.scale)
  const log = opts.log ?? (() => undefined)
  const sink = new RowSink(scale.name, opts.onRow)
  const rss = new RssMonitor()
  const startedAt = new Date()
  const before = loadavg()[0]!
  const root = mkdtempSync(join(tmpdir(), 'xinlian-bench-'))
  rss.start()
  const phase = (name: string) => {
    // Between two phases the user would be idle, and the app would give back the heap pages
    // the last one left pooled (electron/core/heapReturn.ts); the bench's calls come back to
    // back in microtasks, where that idle timer never fires: the same collection, run here.
    memoryReducingCollection()?.()
    rss.sample()
    rss.phase = name
    log(name)
  }
  try {
    if (opts.only === 'packages') {
      phase('packages: export, verify, apply')
      await benchPackages(sink, join(root, 'packages'), scale, rss)
      return finish()
    }
    phase(`register: ${scale.persons} persons, ${scale.activities} activities`)
    await registerOf(sink, join(root, 'previous'), scale, opts.reuseRegister === true, log)
    phase('open')
    const main = await benchOpen(sink, join(root, 'previous'), join(root, 'register'))
    const all = opts.only === undefined
    try {
      // First, while the register is as built: copies of it must reopen as the app would.
      if (all || opts.only === 'atRest') {
        phase('at rest: encrypted vs plain')
        await benchAtRest(sink, main, scale, root, log)
      }
      if (all) await benchEveryMainPhase(sink, main, scale, root, rss, phase)
      if (opts.only === 'statistics') {
        phase('statistics')
        await benchStatisticsCold(sink, main)
        await benchStatistics(sink, main, scale)
        await benchDashboard(sink, main, scale)
      }
      if (all || opts.only === 'suggestions') {
        phase('suggestions')
        await benchSuggestions(sink, main, scale)
      }
      // Last on this register: it hands every row to 100 counties and makes it a province.
      if (all || opts.only === 'upper') {
        phase('upper office: board and unit-scoped lists')
        await benchUpper(sink, main, scale)
      }
      if (opts.only === 'import') {
        phase('xlsx export and import')
        await benchExcel(sink, main, root, scale, rss)
      }
      if (opts.only === 'relay') {
        phase('relay: a city of counties exports to the province')
        await benchRelay(sink, main, root, rss)
      }
    } finally {
      main.close()
    }
    rmSync(join(root, 'register'), { recursive: true, force: true })
    if (all) await benchSeparateRegisters(sink, root, scale, rss, phase)
    if (opts.only === 'import') {
      phase('bulk insert')
      await benchInsert(sink, join(root, 'insert'), scale, rss)
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  return finish()

  function finish(): BenchReport {
    const peak = rss.stop()
    sink.add({
      id: 'rss.peak',
      operation: 'peak RSS of the process',
      unit: 'MB',
      value: peak.maxRssMb,
      budget: RSS_BUDGET,
      note: `reached during "${peak.maxRssPhase}"; sampled peak ${Math.round(peak.sampledPeakMb)} MB (${peak.peakPhase}: ${peak.peakParts}) over ${rss.samples} samples; worker threads included`,
    })
    return {
      scale: scale.name,
      persons: scale.persons,
      startedAt: startedAt.toISOString(),
      durationMs: Date.now() - startedAt.getTime(),
      node: process.version,
      cpus: cpus().length,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 1e9),
        os: `${platform()} ${release()}`,
      },
      loadavg: { before, after: loadavg()[0]! },
      rss: { ...peak, samples: rss.samples },
      rows: sink.rows,
    }
  }
}

/** The demo load is a figure only when this run built the register. */
async function registerOf(
  sink: RowSink,
  dir: string,
  scale: BenchScale,
  reuse: boolean,
  log: (line: string) => void,
): Promise<void> {
  let loadMs: number | null = null
  const build = async () => {
    loadMs = (await buildRegister(dir, scale)).loadMs
  }
  if (!reuse) await build()
  else if (await reusedOrBuilt(dir, scale, build)) log(`register copied from ${REGISTER_CACHE_DIR}`)
  if (loadMs === null) return
  sink.add({
    id: 'register.demoLoad',
    operation: `demo register load, ${scale.persons} persons`,
    value: loadMs,
    note: 'the loader of xinlian demo: persons, child rows, both FTS, change_log; indexes built after',
  })
}

async function benchEveryMainPhase(
  sink: RowSink,
  main: Awaited<ReturnType<typeof benchOpen>>,
  scale: BenchScale,
  root: string,
  rss: RssMonitor,
  phase: (name: string) => void,
): Promise<void> {
  await benchStatisticsCold(sink, main)
  const sample = samplePersons(main.core.database.sqlite, scale.queries)
  phase('search')
  await benchSearch(sink, main, sample)
  phase('list')
  await benchList(sink, main, scale, sample)
  phase('statistics')
  await benchStatistics(sink, main, scale)
  await benchDashboard(sink, main, scale)
  phase('print model')
  await benchPrint(sink, main, scale)
  phase('xlsx export and import')
  await benchExcel(sink, main, root, scale, rss)
}

/** The insert comparison and the county → city package, each in a register of its own. */
async function benchSeparateRegisters(
  sink: RowSink,
  root: string,
  scale: BenchScale,
  rss: RssMonitor,
  phase: (name: string) => void,
): Promise<void> {
  phase('bulk insert')
  await benchInsert(sink, join(root, 'insert'), scale, rss)
  rmSync(join(root, 'insert'), { recursive: true, force: true })
  phase('packages: export, verify, apply')
  await benchPackages(sink, join(root, 'packages'), scale, rss)
}
