import { attachKeyed } from '../../db/atRest/cipher'
import { readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { selfUnit } from '../../db/repos/units'
import { EXPORTS_FOLDER_WRITE } from '../../electron/services/export/exportFiles'
import { writeFileSafely } from '../../electron/services/files/safeWrite'
import { personListRids } from '../../electron/services/export/personListRids'
import { writePersonList } from '../../electron/services/export/writePersonList'
import { dictionaryNames } from '../../electron/services/import/dictionaryLookup'
import { DEFAULT_PERSON_EXPORT_COLUMNS } from '../../shared/contract/exports'
import { localToday } from '../../shared/dates/calendar'
import { exportText } from '../../shared/i18n/exports'
import { initialize, openBenchCore, type BenchCore } from './benchCore'
import { bareRead, bareWrite, readAllRows } from './excelFiles'
import type { RssMonitor } from './rss'
import type { RowSink } from './rows'
import type { BenchScale } from './scales'
import { timeOnce } from './timing'

const EXCEL_BUDGET = { kind: 'ratio', limit: 1.5 } as const
const SMALL_ROWS = 20

/**
 * The export service's steps (exportPersonListTo without its audit note): the list's rids in
 * name order, the first `n` of them written by writePersonList, renamed into place. At
 * county and city scale that is the whole register; at province scale, 100k of it.
 */
async function exportPersons(b: BenchCore, target: string, n: number): Promise<number> {
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
 * .xlsx export of `scale.xlsxRows` persons from the register beside a bare streaming write
 * of the same cells; that file imported (preview, then apply, through core.call) into a
 * fresh register that knows the same townships, beside a bare streaming read of it.
 */
export async function benchExcel(
  sink: RowSink,
  main: BenchCore,
  work: string,
  scale: BenchScale,
  rss: RssMonitor,
): Promise<void> {
  const file = join(work, 'roster.xlsx')
  const exported = await timeOnce(() => exportPersons(main, file, scale.xlsxRows))
  rss.sample()
  const rows = await readAllRows(file)
  const written = await timeOnce(() => bareWrite(join(work, 'bare.xlsx'), rows))
  rows.length = 0
  rmSync(join(work, 'bare.xlsx'), { force: true })
  rss.sample()
  const mb = statSync(file).size / 1e6
  sink.add({
    id: 'xlsx.export',
    operation: `.xlsx export of ${exported.value} persons`,
    value: exported.ms,
    baseline: written.ms,
    baselineLabel: 'bare ExcelJS streaming write, same cells',
    budget: EXCEL_BUDGET,
    note: `${mb.toFixed(1)} MB, styled, unmasked`,
  })

  const read = await timeOnce(() => bareRead(file))
  const dir = join(work, 'import')
  const b = await openBenchCore(dir)
  try {
    await initialize(b)
    // The same township and community names as the exporting register, so they resolve.
    const db = b.core.database.sqlite
    attachKeyed(db, main.core.database.path, 'source', main.core.keys?.key ?? null)
    db.exec(
      `INSERT INTO main.dictionaries SELECT s.* FROM source.dictionaries s
        WHERE NOT EXISTS (SELECT 1 FROM main.dictionaries d
                           WHERE d.id = s.id OR (d.kind = s.kind AND d.code = s.code))`,
    )
    db.exec('DETACH source')
    // A small file first: the reader's worker thread and its modules warm, as in a running app.
    const small = join(work, 'small.xlsx')
    await exportPersons(main, small, SMALL_ROWS)
    const warm = await timeOnce(() =>
      b.call('imports.preview', {
        fileName: 'small.xlsx',
        data: readFileSync(small).toString('base64'),
        rowLimit: 0,
      }),
    )
    await b.call('imports.discard', { token: warm.value.token })
    rmSync(small, { force: true })
    const data = readFileSync(file).toString('base64')
    const preview = await timeOnce(() =>
      b.call('imports.preview', { fileName: 'roster.xlsx', data, rowLimit: 100 }),
    )
    rss.sample()
    const applied = await timeOnce(() =>
      b.call('imports.apply', { token: preview.value.token, rowLimit: 100 }),
    )
    rss.sample()
    const c = applied.value.counts
    const readNote = `bare read: ${read.value.rows} rows`
    sink.add({
      id: 'xlsx.import.preview',
      operation: `.xlsx import preview, ${scale.xlsxRows} rows`,
      value: preview.ms,
      baseline: read.ms,
      baselineLabel: 'bare ExcelJS streaming read',
      budget: EXCEL_BUDGET,
      note: `${readNote}; read + header + every row decided; a ${SMALL_ROWS}-row preview (fixed cost) took ${Math.round(warm.ms)} ms`,
    })
    sink.add({
      id: 'xlsx.import.apply',
      operation: `.xlsx import apply, ${scale.xlsxRows} rows`,
      value: applied.ms,
      baseline: read.ms,
      baselineLabel: 'bare ExcelJS streaming read',
      budget: EXCEL_BUDGET,
      note: `the preview's decisions written (register unchanged since); created ${c.created}, rejected ${c.rejected}, warnings ${c.warnings}`,
    })
    sink.add({
      id: 'xlsx.import.total',
      operation: `.xlsx import of ${scale.xlsxRows} rows, preview + apply`,
      value: preview.ms + applied.ms,
      baseline: read.ms,
      baselineLabel: 'bare ExcelJS streaming read',
      budget: EXCEL_BUDGET,
      note: 'what a user waits for in all: the file read and decided, then every person written',
    })
  } finally {
    b.close()
    rmSync(dir, { recursive: true, force: true })
    rmSync(file, { force: true })
  }
}
