import type BetterSqlite3 from 'better-sqlite3'
import { recordCreatesAfter } from '../../db/repos/imports'
import {
  BULK_ROW_COLUMNS,
  bulkRowBuilder,
  cachedNamePinyin,
  personBulkWriter,
} from '../../db/repos/personsBulk'
import { generatePersons } from '../../electron/services/demo/generatePersons'
import { uuidv7Batch } from '../../electron/services/demo/uuidBatch'
import {
  bulkWriteMode,
  IMPORT_CACHE_KIB,
  registerIsEmpty,
} from '../../electron/services/import/bulkWriteMode'
import type { NamePinyin } from '../../shared/persons/searchKeys'
import type { PersonFields } from '../../shared/persons/types'
import { rmSync } from 'node:fs'
import type { WalFolds } from '../../electron/services/walFold/walFolds'
import { join } from 'node:path'
import { BENCH_UNIT, initialize, openBenchCore, siteIdOf, type BenchCore } from './benchCore'
import { median } from './atRestRounds'
import { BENCH_SEED } from './register'
import type { RssMonitor } from './rss'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { alternated, alternatedNote, Stopwatch, timeOnce } from './timing'

/**
 * Persons generated, then written, this many at a time: generation stays out of the timing.
 * Few, so that a chunk is garbage before the young generation is next collected: a chunk of
 * 10,000 (~17 MB of person objects) was alive at every scavenge, so V8 moved its pages to the
 * old generation whole and then allocated generated persons there from the start
 * (pretenuring); the old generation grew by ~1 KB of garbage a person written, up to
 * 300–600 MB between major GCs at a province — the bench's peak RSS, none of it the write
 * path's. 64 persons (~110 KB) fill under half of one 256 KB page; at 250 (200k persons
 * written, one process) the pages were still promoted whole.
 */
const CHUNK = 64
const IMPORT_BUDGET = { kind: 'ratio', limit: 2 } as const
const RAW_TABLE = 'bench_raw_persons'

/** A person as apply gets it from the preview: its fields and its name's pinyin. */
interface DecidedPerson {
  fields: PersonFields
  pinyin: NamePinyin
}

function* chunks(count: number, seed: number): Generator<DecidedPerson[]> {
  const pinyinOf = cachedNamePinyin()
  let chunk: DecidedPerson[] = []
  for (const fields of generatePersons({ seed, count, unitCode: BENCH_UNIT.code })) {
    // Worked out by the preview (decideFile), not by apply: outside the timing, as the
    // raw side's values are.
    chunk.push({ fields, pinyin: pinyinOf(fields.name) })
    if (chunk.length === CHUNK) {
      yield chunk
      chunk = []
    }
  }
  if (chunk.length) yield chunk
}

/**
 * What applyImport does for each row the import decided to create, with the settings it
 * uses for an empty register: indexes deferred, large page cache, one transaction; each
 * person's row and child rows written by the persons bulk writer (the name's pinyin handed
 * over, as the preview does), then both FTS tables and change_log filled by one INSERT …
 * SELECT each, and the batch's run of created rids recorded. Reading and
 * deciding the file is the xlsx figure's.
 */
function importPathWriter(
  sqlite: BetterSqlite3.Database,
  clock: { hlc(): string; nowMs(): number },
  siteId: string,
  walFolds: WalFolds,
) {
  const batchId = 'bench-batch'
  sqlite
    .prepare(
      `INSERT INTO import_batches (id, at, user_id, username, file_name, file_sha256, file_bytes, sheets,
         created_count, updated_count, unchanged_count, duplicate_count, rejected_count, warning_count, status)
       VALUES (?, ?, NULL, NULL, 'bench.xlsx', '', 0, '[]', 0, 0, 0, 0, 0, 0, 'applied')`,
    )
    .run(batchId, new Date().toISOString())
  const mode = bulkWriteMode(sqlite, {
    deferIndexes: registerIsEmpty(sqlite),
    cacheKib: IMPORT_CACHE_KIB,
    walFolds,
  })
  const bulk = personBulkWriter(sqlite)
  const ridBefore = bulk.lastRid()
  const newId = uuidv7Batch()
  return {
    write({ fields, pinyin }: DecidedPerson) {
      const stamp = clock.hlc()
      const id = newId(clock.nowMs())
      bulk.insert({ id, siteId, stamp, fields, pinyin }, { deferred: true })
    },
    finish() {
      bulk.finishInserts(ridBefore)
      recordCreatesAfter(sqlite, batchId, ridBefore)
      mode.finish()
    },
    /** After COMMIT, as apply does: the commit writes its pages with the import's cache. */
    restoreCache: mode.restoreCache,
  }
}

/** A table with the persons table's columns and constraints, and no index, FTS or trigger. */
function createRawTable(sqlite: BetterSqlite3.Database): BetterSqlite3.Statement {
  const ddl = sqlite
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'persons'")
    .pluck()
    .get() as string
  sqlite.exec(ddl.replace(/^CREATE TABLE\s+"?persons"?/i, `CREATE TABLE ${RAW_TABLE}`))
  const columns = ['id', 'site_id', 'created_at', 'updated_at', 'is_demo', ...BULK_ROW_COLUMNS]
  return sqlite.prepare(
    `INSERT INTO ${RAW_TABLE} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  )
}

/** Runs of each side: a county's raw insert takes well under 200 ms, one run says little. */
const RUNS: Record<BenchScale['name'], number> = { tiny: 1, county: 5, city: 3, province: 1 }

/**
 * Bulk insert of `scale.persons` generated persons through the import's write path, into a
 * fresh register, beside one prepared INSERT of the same rows (values computed beforehand)
 * into a bare table of the same database, in one transaction: the hardware's ceiling. Both
 * write into the same encrypted database (what users have), so the ratio is what the import
 * path adds, not what the cipher costs (that is the at-rest figure's). Each run is a register
 * of its own (each side too); the two sides alternate which goes first.
 */
export async function benchInsert(
  sink: RowSink,
  dir: string,
  scale: BenchScale,
  rss: RssMonitor,
): Promise<void> {
  const seed = BENCH_SEED + 1
  const finishMs: number[] = []
  const foldMs: number[] = []
  let written = 0
  /** Each measurement in a fresh register of its own: neither side writes into the other's free pages. */
  const inFreshRegister = async (
    name: string,
    measure: (b: BenchCore) => number | Promise<number>,
  ) => {
    const b = await openBenchCore(join(dir, name))
    try {
      await initialize(b)
      return await measure(b)
    } finally {
      b.close()
      rmSync(join(dir, name), { recursive: true, force: true })
    }
  }
  const runs = await alternated(
    RUNS[scale.name],
    (run) =>
      inFreshRegister(`app-${run}`, async (b) => {
        rss.phase = 'bulk insert: import write path'
        const app = importPathRun(b, scale, seed, rss)
        finishMs.push(app.finishMs)
        // The indexes built and the WAL folded beside the app after the COMMIT: not the
        // user's wait, but measured, and over before the next run (or the raw side) could
        // meet it.
        rss.phase = 'bulk insert: indexes built, WAL folded after'
        foldMs.push((await timeOnce(() => b.core.walFolds.idle())).ms)
        written = b.core.database.sqlite
          .prepare('SELECT count(*) FROM persons')
          .pluck()
          .get() as number
        return app.ms
      }),
    (run) =>
      inFreshRegister(`raw-${run}`, (b) => {
        rss.phase = 'bulk insert: raw INSERT'
        return rawRun(b, scale, seed, rss)
      }),
  )
  sink.add({
    id: 'insert.importPath',
    operation: `bulk insert ${written} persons, import write path`,
    value: median(runs.subject),
    baseline: median(runs.baseline),
    baselineLabel: 'raw prepared INSERT into the same encrypted database, one transaction',
    budget: IMPORT_BUDGET,
    note: `${alternatedNote(runs)}; persons + child rows (pinyin from the preview) + both FTS + change_log + the batch's run of rids; search rows and logs filled after the rows: ${Math.round(median(finishMs))} ms; the six persons indexes built and the COMMIT's WAL checkpoint folded afterwards in a worker beside the app, not in the figure (the raw side's COMMIT checkpoints, as SQLite does by default): ${Math.round(median(foldMs))} ms`,
  })
}

/** The import's write path into an empty register, in one transaction, COMMIT included. */
function importPathRun(
  b: BenchCore,
  scale: BenchScale,
  seed: number,
  rss: RssMonitor,
): { ms: number; finishMs: number } {
  const sqlite = b.core.database.sqlite
  const app = new Stopwatch()
  app.time(() => sqlite.exec('BEGIN'))
  const writer = app.time(() =>
    importPathWriter(sqlite, b.core.clock, siteIdOf(b), b.core.walFolds),
  )
  for (const chunk of chunks(scale.persons, seed)) {
    app.time(() => chunk.forEach((p) => writer.write(p)))
    rss.sample()
  }
  const before = app.ms
  app.time(() => writer.finish())
  const finishMs = app.ms - before
  app.time(() => sqlite.exec('COMMIT'))
  // As the dispatcher does once the import's call has answered.
  app.time(() => b.core.walFolds.release())
  writer.restoreCache()
  return { ms: app.ms, finishMs }
}

/** The same persons' rows, computed beforehand, through one prepared INSERT; table dropped after. */
function rawRun(b: BenchCore, scale: BenchScale, seed: number, rss: RssMonitor): number {
  const sqlite = b.core.database.sqlite
  const siteId = siteIdOf(b)
  const raw = new Stopwatch()
  // Through the same connection settings as the import's write (its page cache).
  // The naive write's COMMIT checkpoints, as SQLite does by default.
  const mode = bulkWriteMode(sqlite, {
    deferIndexes: false,
    cacheKib: IMPORT_CACHE_KIB,
    walFolds: null,
  })
  const insert = createRawTable(sqlite)
  const build = bulkRowBuilder()
  const stamp = b.core.clock.hlc()
  const newId = uuidv7Batch()
  raw.time(() => sqlite.exec('BEGIN'))
  for (const chunk of chunks(scale.persons, seed)) {
    const rows = chunk.map((p) => [
      newId(Date.now()),
      siteId,
      stamp,
      stamp,
      0,
      ...build(p.fields, p.pinyin),
    ])
    // Spread, not the array itself: better-sqlite3 binds an array element by element through
    // N-API, ~16% slower at 55 columns; the import path spreads its row too.
    raw.time(() => rows.forEach((r) => insert.run(...r)))
    rss.sample()
  }
  raw.time(() => sqlite.exec('COMMIT'))
  mode.restoreCache()
  return raw.ms
}
