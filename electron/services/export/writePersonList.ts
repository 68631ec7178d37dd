import type BetterSqlite3 from 'better-sqlite3'
import type { PersonExportColumn } from '../../../shared/contract/exports'
import { exportText } from '../../../shared/i18n/exports'
import { writeOfficeWorkbook, type OfficeCell } from '../excel/officeSheet'
import { cellOf, columnHeader, columnWidth, type CellContext } from './personColumns'
import { exportPersons } from './personRowsSource'
import { listsDemoPersons } from './listsDemoPersons'

export interface PersonListSpec {
  rids: readonly number[]
  columns: readonly PersonExportColumn[]
  masked: boolean
  title: string
  unitName: string
  date: Date
  dictionaryName: CellContext['dictionaryName']
  /** Runs one database step as a turn of the call queue (LongWork.turn). */
  turn: <T>(step: () => T) => Promise<T>
  onProgress(done: number, total: number): void
}

/**
 * Streams a person list into an .xlsx at `path` (writeOfficeWorkbook): title, unit and date
 * line, header, 序号 and one row per person, written as they are read, so a list of 100,000
 * persons never sits in memory whole.
 */
export async function writePersonList(
  sqlite: BetterSqlite3.Database,
  path: string,
  spec: PersonListSpec,
): Promise<number> {
  const ctx: CellContext = { masked: spec.masked, dictionaryName: spec.dictionaryName }
  const total = spec.rids.length
  async function* rows(): AsyncGenerator<OfficeCell[]> {
    let n = 0
    const persons = exportPersons(sqlite, spec.rids, spec.columns, spec.turn, (read) =>
      spec.onProgress(read, total),
    )
    for await (const batch of persons) {
      for (const p of batch) {
        const cells: OfficeCell[] = [++n]
        for (const c of spec.columns) cells.push(cellOf(c, p, ctx))
        yield cells
      }
    }
  }
  return writeOfficeWorkbook(
    path,
    {
      sheetName: exportText.personsSheet,
      title: spec.title,
      subtitle: exportText.unitLine(spec.unitName, exportText.date(spec.date), spec.rids.length),
      columns: [
        { header: exportText.serialHeader, width: 6 },
        ...spec.columns.map((c) => ({ header: columnHeader(c), width: columnWidth(c) })),
      ],
      frozenColumns: spec.columns[0] === 'name' ? 2 : 1,
      notes: [spec.masked ? exportText.maskedNote : exportText.unmaskedNote],
      demo: await spec.turn(() => listsDemoPersons(sqlite, spec.rids)),
    },
    rows(),
  )
}
