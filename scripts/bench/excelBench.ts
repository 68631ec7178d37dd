import { attachKeyed } from '../../db/atRest/cipher'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { selfUnit } from '../../db/repos/units'
import { processHeapReturn } from '../../electron/core/heapReturn'
import { EXPORTS_FOLDER_WRITE } from '../../electron/services/export/exportFiles'
import { writeFileSafely } from '../../electron/services/files/safeWrite'
import { personListRids } from '../../electron/services/export/personListRids'
import { writePersonList } from '../../electron/services/export/writePersonList'
import { dictionaryNames } from '../../electron/services/import/dictionaryLookup'
import { DEFAULT_PERSON_EXPORT_COLUMNS } from '../../shared/contract/exports'
import { localToday } from '../../shared/dates/calendar'
import { exportText } from '../../shared/i18n/exports'
import { initialize, openBenchCore, type BenchCore } from './benchCore'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { workerEntry } from '../../electron/services/workers/workerEntry'
import type { ExcelBaselineJob, ExcelBaselineResult } from './excelBaselineProcess'
import type { RssMonitor } from './rss'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { median } from './atRestRounds'
import { alternated, alternatedNote, timeOnce } from './timing'

const EXCEL_BUDGET = { kind: 'ratio', limit: 1.5 } as const
const SMALL_ROWS = 20

/**
 * The export service's steps (exportPersonListTo without its audit note): the list's rids in
 * name order, the first `n` of them written by writePersonList, renamed into place. At
 * county and city scale that is the whole register; at province scale, 100k of it.
 */
export async function exportPersons(b: BenchCore, target: string, n: number): Promise<number> {
  // A call, as the app's export is one: the idle collection (heapReturn.ts) waits for its end.
  const calls = processHeapReturn()
  calls.callStarted()
  try {
    return await exportSteps(b, target, n)
  } finally {
    calls.callEnded()
  }
}

async function exportSteps(b: BenchCore, target: string, n: number): Promise<number> {
  const sqlite = b.core.database.sqlite
  const rids = personListRids(sqlite, { sort: 'name', order: 'asc' }, localToday()).slice(0, n)
  const unit = await selfUnit(b.core.database.db)
  return writeFileSafely(target, EXPORTS_FOLDER_WRITE, (temp) =>
    writePersonList(sqlite, temp, {
      rids,
      columns: DEFAULT_PERSON_EXPORT_COLUMNS,
      masked: false,
      title: `${unit?.name ?? ''}${exportText.personsTitle}`,
      unitName: unit?.name ?? '',
      date: new Date(),
      dictionaryName: dictionaryNames(sqlite),
      // Alone on the database: every step runs at once.
      turn: async (step) => step(),
      onProgress: () => undefined,
    }),
  )
}

/**
 * Alternating runs of each side, the median reported. Three at every scale: one run a side
 * let the bare read of the same 100k-row file swing 3.4–5.5 s from run to run (issue 18),
 * which moved the import's ratio across its budget with no change to the import.
 */
const RUNS: Record<BenchScale['name'], number> = { tiny: 1, county: 3, city: 3, province: 3 }

/**
 * .xlsx export of `scale.xlsxRows` persons from the register beside a bare streaming write
 * of the same cells; that file imported (preview, then apply, through core.call) into a
 * fresh register that knows the same townships, beside a bare streaming read of it. The
 * registers are encrypted, as users have them; the baselines touch no database.
 */
export async function benchExcel(
  sink: RowSink,
  main: BenchCore,
  work: string,
  scale: BenchScale,
  rss: RssMonitor,
): Promise<void> {
  const file = join(work, 'roster.xlsx')
  const runs = RUNS[scale.name]
  rss.phase = 'xlsx: export'
  let exported = await exportPersons(main, file, scale.xlsxRows)
  const exports = await alternated(
    runs,
    async () => {
      rss.phase = 'xlsx: export'
      const t = await timeOnce(() => exportPersons(main, file, scale.xlsxRows))
      exported = t.value
      rss.sample()
      return t.ms
    },
    async () => {
      rss.phase = 'xlsx: bare write'
      const { ms } = await baselineApart({
        kind: 'write',
        source: file,
        target: join(work, 'bare.xlsx'),
      })
      rmSync(join(work, 'bare.xlsx'), { force: true })
      return ms
    },
  )
  const mb = statSync(file).size / 1e6
  sink.add({
    id: 'xlsx.export',
    operation: `.xlsx export of ${exported} persons`,
    value: median(exports.subject),
    baseline: median(exports.baseline),
    baselineLabel: 'bare ExcelJS streaming write, same cells (in a process of its own)',
    budget: EXCEL_BUDGET,
    note: `${alternatedNote(exports)}; ${mb.toFixed(1)} MB, styled, unmasked`,
  })

  const small = join(work, 'small.xlsx')
  await exportPersons(main, small, SMALL_ROWS)
  const data = readFileSync(file).toString('base64')
  const timed = {
    preview: [] as number[],
    apply: [] as number[],
    warm: [] as number[],
    fold: [] as number[],
  }
  let counts: { created: number; rejected: number; warnings: number } | null = null
  let readRows = 0
  const imports = await alternated(
    runs,
    async (run) => {
      const dir = join(work, `import-${run}`)
      const b = await importTarget(main, dir)
      try {
        rss.phase = 'xlsx: import preview'
        // A small file first: the reader's worker thread and its modules warm, as in a running app.
        const warm = await timeOnce(() =>
          b.call('imports.preview', {
            fileName: 'small.xlsx',
            data: readFileSync(small).toString('base64'),
            rowLimit: 0,
          }),
        )
        await b.call('imports.discard', { token: warm.value.token })
        const preview = await timeOnce(() =>
          b.call('imports.preview', { fileName: 'roster.xlsx', data, rowLimit: 100 }),
        )
        rss.sample()
        rss.phase = 'xlsx: import apply'
        const applied = await timeOnce(() =>
          b.call('imports.apply', { token: preview.value.token, rowLimit: 100 }),
        )
        rss.sample()
        // Its WAL checkpoint, folded beside the app after the call answered: not the wait.
        rss.phase = 'xlsx: indexes built, WAL folded after'
        timed.fold.push((await timeOnce(() => b.core.walFolds.idle())).ms)
        counts = applied.value.counts
        timed.warm.push(warm.ms)
        timed.preview.push(preview.ms)
        timed.apply.push(applied.ms)
        return preview.ms + applied.ms
      } finally {
        b.close()
        rmSync(dir, { recursive: true, force: true })
      }
    },
    async () => {
      rss.phase = 'xlsx: bare read'
      const read = await baselineApart({ kind: 'read', source: file, warm: small })
      readRows = read.rows
      return read.ms
    },
  )
  rmSync(small, { force: true })
  rmSync(file, { force: true })
  const c = counts!
  const read = median(imports.baseline)
  const readNote = `${alternatedNote(imports)}; bare read: ${readRows} rows`
  sink.add({
    id: 'xlsx.import.preview',
    operation: `.xlsx import preview, ${scale.xlsxRows} rows`,
    value: median(timed.preview),
    baseline: read,
    baselineLabel: 'bare ExcelJS streaming read (in a process of its own)',
    budget: EXCEL_BUDGET,
    note: `${readNote}; read + header + every row decided; a ${SMALL_ROWS}-row preview (fixed cost) took ${Math.round(median(timed.warm))} ms`,
  })
  sink.add({
    id: 'xlsx.import.apply',
    operation: `.xlsx import apply, ${scale.xlsxRows} rows`,
    value: median(timed.apply),
    baseline: read,
    baselineLabel: 'bare ExcelJS streaming read (in a process of its own)',
    budget: EXCEL_BUDGET,
    note: `${readNote}; the preview's decisions written (register unchanged since), the backup before the import included; the persons indexes built (into an empty register) and its COMMIT's WAL checkpoint folded afterwards in a worker beside the app, not in the figure (${Math.round(median(timed.fold))} ms); created ${c.created}, rejected ${c.rejected}, warnings ${c.warnings}`,
  })
  sink.add({
    id: 'xlsx.import.total',
    operation: `.xlsx import of ${scale.xlsxRows} rows, preview + apply`,
    value: median(imports.subject),
    baseline: read,
    baselineLabel: 'bare ExcelJS streaming read (in a process of its own)',
    budget: EXCEL_BUDGET,
    note: `${readNote}; what a user waits for in all: the file read and decided, then every person written`,
  })
}

/** A fresh register that knows the exporting register's townships and communities. */
async function importTarget(main: BenchCore, dir: string): Promise<BenchCore> {
  const b = await openBenchCore(dir)
  await initialize(b)
  const db = b.core.database.sqlite
  attachKeyed(db, main.core.database.path, 'source', main.core.keys?.key ?? null)
  db.exec(
    `INSERT INTO main.dictionaries SELECT s.* FROM source.dictionaries s
      WHERE NOT EXISTS (SELECT 1 FROM main.dictionaries d
                         WHERE d.id = s.id OR (d.kind = s.kind AND d.code = s.code))`,
  )
  db.exec('DETACH source')
  return b
}

/**
 * A baseline measured in a child process, which reads what it needs first (untimed) and
 * exits after: see excelBaselineProcess.ts for why not in this one.
 */
async function baselineApart(job: ExcelBaselineJob): Promise<ExcelBaselineResult> {
  const entry = workerEntry(
    import.meta.url,
    new URL('./excelBaselineProcess.js', import.meta.url),
    new URL('./excelBaselineProcess.ts', import.meta.url),
  )
  const child = fork(fileURLToPath(entry.url), [], {
    execArgv: entry.options.execArgv ?? [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const result = new Promise<ExcelBaselineResult>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ExcelBaselineResult))
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`${job.kind} baseline process exited (${code})`)))
  })
  child.send(job)
  try {
    return await result
  } finally {
    child.kill()
  }
}
