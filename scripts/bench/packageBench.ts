import type BetterSqlite3 from 'better-sqlite3'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { loadDemoPersons } from '../../electron/services/demo/loadDemo'
import { releaseBytes } from '../../electron/services/releaseBytes'
import { ndjsonOf } from '../../electron/services/packages/export/collectRows'
import { DeflatingWriter } from '../../electron/services/packages/zip/deflatingWriter'
import { deflatedInput, writeZip } from '../../electron/services/packages/zip/packageZip'
import { PERSON_CHILD_TABLES, TRAVELLING_TABLES } from '../../shared/packages/travellingTables'
import {
  BENCH_ADMIN,
  BENCH_UNIT,
  initialize,
  openBenchCore,
  signIn,
  siteIdOf,
  type BenchCore,
} from './benchCore'
import type { ExportedPackage } from '../../shared/contract/packages'
import { BENCH_SEED } from './register'
import type { RssMonitor } from './rss'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { Stopwatch, timeOnce } from './timing'

const EXPORT_BUDGET = { kind: 'ratio', limit: 1.5 } as const
const APPLY_BUDGET = { kind: 'ratio', limit: 2.5 } as const
const CITY = { code: '330600', name: '示例市委统战部' }
const RAW_PREFIX = 'bench_raw_'

/** Every table whose rows a full package of the county carries, persons' child rows included. */
const PACKAGE_TABLES = [...TRAVELLING_TABLES.map((t) => t.table), ...PERSON_CHILD_TABLES]

/**
 * The floor of writing the package: the same tables' rows as plain NDJSON, one deflated zip
 * entry each, no selection of columns, nesting, validation, signature or encryption. Rows
 * are read one by one into the export's own NDJSON writer: every row's object, every line and
 * the joined text of a table at once made this baseline the bench's peak of memory (V8 heap
 * 520 MB at city scale), above anything the export or the apply held.
 */
export function bareNdjsonZip(sqlite: BetterSqlite3.Database): Buffer {
  return writeZip(
    PACKAGE_TABLES.map((table) => {
      const rows = sqlite.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<object>
      const unsigned = new DeflatingWriter(6, false)
      return deflatedInput(`${table}.ndjson`, ndjsonOf(rows, () => false, unsigned).entry)
    }),
  )
}

/** Rows read between the timed inserts, this many at a time (a province's are ~2 GB whole). */
const RAW_READ_CHUNK = 10_000

/**
 * The floor of applying it: the same rows through one prepared INSERT per table, into bare
 * tables of the same definition in the receiving database, one transaction, foreign keys
 * off: no comparison, FTS, change_log or receipt. The rows are read from the county a chunk
 * at a time between the timed inserts: only the inserts and the COMMIT are timed.
 */
export function rawInsertMs(from: BetterSqlite3.Database, into: BetterSqlite3.Database): number {
  const tables = PACKAGE_TABLES.map((table) => {
    const ddl = into
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
      .pluck()
      .get(table) as string
    into.exec(ddl.replace(/^CREATE TABLE\s+"?\w+"?/i, `CREATE TABLE ${RAW_PREFIX}${table}`))
    const read = from.prepare(`SELECT * FROM ${table}`).raw()
    const columns = read.columns().map((c) => c.name)
    const insert = into.prepare(
      `INSERT INTO ${RAW_PREFIX}${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    )
    return { table, read, insert }
  })
  into.pragma('foreign_keys = OFF')
  const raw = new Stopwatch()
  raw.time(() => into.exec('BEGIN'))
  for (const t of tables) {
    let chunk: unknown[][] = []
    const write = () => {
      raw.time(() => {
        for (const values of chunk) t.insert.run(values)
      })
      chunk = []
    }
    for (const row of t.read.iterate() as Iterable<unknown[]>) {
      chunk.push(row)
      if (chunk.length === RAW_READ_CHUNK) write()
    }
    write()
  }
  raw.time(() => into.exec('COMMIT'))
  into.pragma('foreign_keys = ON')
  for (const t of tables) into.exec(`DROP TABLE ${RAW_PREFIX}${t.table}`)
  return raw.ms
}

export async function countyWithPersons(dir: string, scale: BenchScale): Promise<BenchCore> {
  const county = await openBenchCore(dir)
  await initialize(county)
  const sqlite = county.core.database.sqlite
  loadDemoPersons(sqlite, {
    seed: BENCH_SEED + 2,
    count: scale.persons,
    unitCode: BENCH_UNIT.code,
    siteId: siteIdOf(county),
    clock: county.core.clock,
  })
  // Demo persons stay home; these stand for a county's real register.
  sqlite.exec('UPDATE persons SET is_demo = 0')
  return county
}

/**
 * Runs per figure: interleaved with their baselines, the median of each reported. A county's
 * apply spread ~135–250 ms from one to the next while its raw insert kept within a few ms but
 * for minutes at a time (s32): 21 runs (~0.5 s each) span more of such minutes than 11 did.
 */
const REPEATS: Record<BenchScale['name'], number> = { tiny: 1, county: 21, city: 3, province: 1 }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * The median of each run's ratio to its own baseline, run right after it: what a change of
 * load on the shared machine between runs does not move. Printed beside the figure, which
 * stays the median over the median.
 */
const pairedRatio = (xs: number[], baselines: number[]) =>
  median(xs.map((x, i) => x / baselines[i]!)).toFixed(2)

/** Each run's figure, in the order run. */
const runs = (xs: number[]) => xs.map((x) => x.toFixed(0)).join('/')

/** The load average at each run: on a shared machine the figures move with it. */
const loads = (xs: number[]) => xs.map((x) => x.toFixed(1)).join('/')

/** A new city that has registered the county's card and handed its own: closed, to be copied. */
export async function cityTemplate(dir: string, county: BenchCore): Promise<void> {
  const city = await openBenchCore(dir)
  try {
    await city.call('setup.init', { unit: CITY, admin: BENCH_ADMIN })
    const countyCard = await county.call('units.card', {})
    const cityCard = await city.call('units.card', {})
    await city.call('units.register', {
      card: countyCard.signedText,
      fingerprint: countyCard.fingerprint,
    })
    await county.call('units.register', {
      card: cityCard.signedText,
      fingerprint: cityCard.fingerprint,
    })
  } finally {
    city.close()
  }
}

/**
 * A full package of every person of a county register (UPWARD.md "Export", "Import"):
 * export beside a bare NDJSON + zip write of the same rows, verify, apply at a new city
 * beside a raw prepared insert of the same rows, and the file's size per 10k persons. Each
 * figure is the median of a few runs interleaved with its baseline's (REPEATS), each apply at
 * a fresh copy of the same new city.
 */
export async function benchPackages(
  sink: RowSink,
  dir: string,
  scale: BenchScale,
  rss: RssMonitor,
): Promise<void> {
  const county = await countyWithPersons(join(dir, 'county'), scale)
  const template = join(dir, 'city-template')
  const repeats = REPEATS[scale.name]
  try {
    await cityTemplate(template, county)
    rss.sample()

    const countySql = county.core.database.sqlite
    const exportMs: number[] = []
    const bareMs: number[] = []
    const exportLoads: number[] = []
    let exported: SavedPackage | null = null
    let bareBytes = 0
    for (let i = 0; i < repeats; i++) {
      rss.phase = 'packages: export'
      exportLoads.push(loadavg()[0]!)
      const run = await exportSaved(county, dir)
      exportMs.push(run.ms)
      exported ??= run.saved
      rss.sample()
      rss.phase = 'packages: bare NDJSON + zip write'
      const bare = await timeOnce(() => bareNdjsonZip(countySql))
      bareMs.push(bare.ms)
      bareBytes = bare.value.length
      // The baseline's zip (~140 MB at a province) is only measured: not carried, as garbage
      // awaiting a mark-compact, through the city's calls.
      releaseBytes(bare.value)
    }
    // Two offices in one process, which the field never has: the county's page cache (64 MB),
    // filled by its export, is another process's there. Its pages are given back before the
    // city's calls (the raw insert reads the county again afterwards).
    countySql.pragma('shrink_memory')
    const pkg = exported!
    const persons = pkg.tables.find((t) => t.table === 'persons')?.rows ?? 0
    sink.add({
      id: 'package.export',
      operation: `export a full package, ${persons} persons, encrypted`,
      value: median(exportMs),
      baseline: median(bareMs),
      baselineLabel: 'bare NDJSON + zip write of the same rows',
      budget: EXPORT_BUDGET,
      note: `median of ${repeats} interleaved runs (load ${loads(exportLoads)}); packages.export through the dispatcher: collect, validate, sign, encrypt, read back, base64; bare zip ${(bareBytes / 1e6).toFixed(1)} MB`,
    })

    const verifyMs: number[] = []
    const backupMs: number[] = []
    const applyMs: number[] = []
    const rawMs: number[] = []
    const foldMs: number[] = []
    const applyLoads: number[] = []
    for (let i = 0; i < repeats; i++) {
      const cityDir = join(dir, `city-${i}`)
      cpSync(template, cityDir, { recursive: true })
      const city = await openBenchCore(cityDir)
      try {
        await signIn(city)
        rss.phase = 'packages: verify'
        verifyMs.push((await timeOnce(() => city.call('packages.verify', { data: pkg.read() }))).ms)
        rss.phase = 'packages: apply'
        applyLoads.push(loadavg()[0]!)
        const backups = timedBackups(city)
        // Read before the clock starts, as the city's file dialog hands it over.
        const data = pkg.read()
        const applied = await timeOnce(() =>
          city.call('packages.import', { data, fileName: pkg.fileName }),
        )
        rss.sample()
        if (applied.value.status !== 'applied')
          throw new Error(`package not applied: ${applied.value.reason}`)
        applyMs.push(applied.ms)
        backupMs.push(backups.ms())
        // The apply's WAL checkpoint, folded beside the app once the call answered: not the
        // user's wait; over before the raw insert, whose COMMIT checkpoints as SQLite does.
        rss.phase = 'packages: indexes built, WAL folded after'
        foldMs.push((await timeOnce(() => city.core.walFolds.idle())).ms)
        rss.sample()
        rss.phase = 'packages: raw insert'
        rawMs.push(rawInsertMs(countySql, city.core.database.sqlite))
      } finally {
        city.close()
        rmSync(cityDir, { recursive: true, force: true })
      }
    }
    sink.add({
      id: 'package.verify',
      operation: `verify the package, ${persons} persons`,
      value: median(verifyMs),
      note: `median of ${repeats} runs; packages.verify: decrypt, check every entry and the signature; writes nothing`,
    })
    sink.add({
      id: 'package.apply',
      operation: `apply the package at the city, ${persons} persons`,
      value: median(applyMs),
      baseline: median(rawMs),
      baselineLabel: 'raw prepared INSERT of the same rows, one transaction',
      budget: APPLY_BUDGET,
      note: `median of ${repeats} interleaved runs, each at a fresh copy of the city (load ${loads(applyLoads)}; apply ${runs(applyMs)} ms, raw ${runs(rawMs)} ms; median of each apply's ratio to its raw insert ${pairedRatio(applyMs, rawMs)}×); packages.import: verify, apply in one transaction (persons + child rows + pinyin + FTS + change_log), the backup before it (of a database under 1 MB on the app's thread, first; else in its worker beside the apply, the commit waiting for it), sign the receipt; the persons indexes built and its COMMIT's WAL checkpoint folded afterwards in a worker beside the app, not in the figure (${runs(foldMs)} ms)`,
    })
    sink.add({
      id: 'package.applyBackup',
      operation: `the backup before the package`,
      value: median(backupMs),
      note: `median of ${repeats} runs; a new city's database: under 1 MB, so on the app's thread before the apply (a larger one's worker starts through tsx's loader when the bench runs from source)`,
    })
    sink.add({
      id: 'package.sizePer10k',
      operation: 'package size per 10k persons',
      unit: 'MB',
      value: (pkg.bytes / 1e6) * (10_000 / Math.max(persons, 1)),
      note: `${(pkg.bytes / 1e6).toFixed(2)} MB for ${persons} persons`,
    })
  } finally {
    county.close()
  }
}

/** Wall time of the backups the core runs from now on (the import's backup before it). */
function timedBackups(b: BenchCore): { ms(): number } {
  const runs = b.core.backupRuns
  const run = runs.run.bind(runs)
  let total = 0
  runs.run = async (kind, work, signal) => {
    const t0 = performance.now()
    try {
      return await run(kind, work, signal)
    } finally {
      total += performance.now() - t0
    }
  }
  return { ms: () => total }
}

/** The exported package as the county's user keeps it: a file, not the call's answer. */
interface SavedPackage {
  fileName: string
  bytes: number
  tables: ExportedPackage['tables']
  /** The file as the city's shell sends it to packages.verify and packages.import. */
  read(): string
}

/**
 * One timed export, its file saved as the shell saves it. The answer's base64 (~150 MB at a
 * province) is the shell's to write and let go: the bench held it to the end for the city's
 * calls, through the bare write measured next (the whole run's peak RSS) — an office and its
 * upper office are two machines.
 */
async function exportSaved(
  county: BenchCore,
  dir: string,
): Promise<{ ms: number; saved: SavedPackage }> {
  const run = await timeOnce(() => exportFull(county))
  const { fileName, bytes, tables, data } = run.value
  const path = join(dir, fileName)
  const file = Buffer.from(data, 'base64')
  writeFileSync(path, file)
  releaseBytes(file)
  return {
    ms: run.ms,
    saved: { fileName, bytes, tables, read: () => base64Of(path) },
  }
}

/** The file's bytes are given back at once: only the base64 goes on into the call. */
function base64Of(path: string): string {
  const file = readFileSync(path)
  const data = file.toString('base64')
  releaseBytes(file)
  return data
}

export function exportFull(county: BenchCore) {
  return county.call('packages.export', {
    to: CITY.code,
    period: '2026年度',
    kind: 'full',
    plain: false,
    explanation: '基准测试：部分人员暂无身份证号',
  })
}
