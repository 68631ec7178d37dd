import type BetterSqlite3 from 'better-sqlite3'
import { join } from 'node:path'
import { loadDemoPersons } from '../../electron/services/demo/loadDemo'
import { deflateEntry, writeZip } from '../../electron/services/packages/zip/packageZip'
import { PERSON_CHILD_TABLES, TRAVELLING_TABLES } from '../../shared/packages/travellingTables'
import {
  BENCH_ADMIN,
  BENCH_UNIT,
  initialize,
  openBenchCore,
  siteIdOf,
  type BenchCore,
} from './benchCore'
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

function rowsOf(sqlite: BetterSqlite3.Database, table: string): Record<string, unknown>[] {
  return sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]
}

/**
 * The floor of writing the package: the same tables' rows as plain NDJSON, one deflated zip
 * entry each, no selection of columns, nesting, validation, signature or encryption.
 */
export function bareNdjsonZip(sqlite: BetterSqlite3.Database): Buffer {
  return writeZip(
    PACKAGE_TABLES.map((table) => {
      const lines = rowsOf(sqlite, table).map((r) => JSON.stringify(r))
      return deflateEntry(`${table}.ndjson`, Buffer.from(lines.join('\n'), 'utf8'))
    }),
  )
}

/**
 * The floor of applying it: the same rows (values read beforehand) through one prepared
 * INSERT per table, into bare tables of the same definition in the receiving database, one
 * transaction, foreign keys off: no comparison, FTS, change_log or receipt.
 */
function rawInsertMs(from: BetterSqlite3.Database, into: BetterSqlite3.Database): number {
  const inputs = PACKAGE_TABLES.map((table) => {
    const rows = rowsOf(from, table)
    const ddl = into
      .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
      .pluck()
      .get(table) as string
    into.exec(ddl.replace(/^CREATE TABLE\s+"?\w+"?/i, `CREATE TABLE ${RAW_PREFIX}${table}`))
    const columns = Object.keys(rows[0] ?? {})
    const insert = columns.length
      ? into.prepare(
          `INSERT INTO ${RAW_PREFIX}${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
      : null
    return { table, insert, values: rows.map((r) => columns.map((c) => r[c])) }
  })
  into.pragma('foreign_keys = OFF')
  const raw = new Stopwatch()
  raw.time(() => {
    into.exec('BEGIN')
    for (const t of inputs) for (const v of t.values) t.insert!.run(v)
    into.exec('COMMIT')
  })
  into.pragma('foreign_keys = ON')
  for (const t of inputs) into.exec(`DROP TABLE ${RAW_PREFIX}${t.table}`)
  return raw.ms
}

async function countyWithPersons(dir: string, scale: BenchScale): Promise<BenchCore> {
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
 * A full package of every person of a county register (UPWARD.md "Export", "Import"):
 * export beside a bare NDJSON + zip write of the same rows, verify, apply at a new city
 * beside a raw prepared insert of the same rows, and the file's size per 10k persons.
 */
export async function benchPackages(
  sink: RowSink,
  dir: string,
  scale: BenchScale,
  rss: RssMonitor,
): Promise<void> {
  const county = await countyWithPersons(join(dir, 'county'), scale)
  const city = await openBenchCore(join(dir, 'city'))
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
    rss.sample()

    const countySql = county.core.database.sqlite
    const exported = await timeOnce(() =>
      county.call('packages.export', {
        to: CITY.code,
        period: '2026年度',
        kind: 'full',
        plain: false,
        explanation: '基准测试：部分人员暂无身份证号',
      }),
    )
    rss.sample()
    const bare = await timeOnce(() => bareNdjsonZip(countySql))
    const persons = exported.value.tables.find((t) => t.table === 'persons')?.rows ?? 0
    sink.add({
      id: 'package.export',
      operation: `export a full package, ${persons} persons, encrypted`,
      value: exported.ms,
      baseline: bare.ms,
      baselineLabel: 'bare NDJSON + zip write of the same rows',
      budget: EXPORT_BUDGET,
      note: `packages.export through the dispatcher: collect, validate, sign, encrypt, read back, base64; bare zip ${(bare.value.length / 1e6).toFixed(1)} MB`,
    })

    const data = exported.value.data
    const verified = await timeOnce(() => city.call('packages.verify', { data }))
    sink.add({
      id: 'package.verify',
      operation: `verify the package, ${persons} persons`,
      value: verified.ms,
      note: 'packages.verify: decrypt, check every entry and the signature; writes nothing',
    })

    const citySql = city.core.database.sqlite
    const applied = await timeOnce(() =>
      city.call('packages.import', { data, fileName: exported.value.fileName }),
    )
    rss.sample()
    if (applied.value.status !== 'applied')
      throw new Error(`package not applied: ${applied.value.reason}`)
    const raw = rawInsertMs(countySql, citySql)
    sink.add({
      id: 'package.apply',
      operation: `apply the package at the city, ${persons} persons`,
      value: applied.ms,
      baseline: raw,
      baselineLabel: 'raw prepared INSERT of the same rows, one transaction',
      budget: APPLY_BUDGET,
      note: 'packages.import: verify, apply in one transaction (persons + child rows + FTS + change_log), sign the receipt',
    })
    sink.add({
      id: 'package.sizePer10k',
      operation: 'package size per 10k persons',
      unit: 'MB',
      value: (exported.value.bytes / 1e6) * (10_000 / Math.max(persons, 1)),
      note: `${(exported.value.bytes / 1e6).toFixed(2)} MB for ${persons} persons`,
    })
  } finally {
    county.close()
    city.close()
  }
}
