import ExcelJS from 'exceljs'
import { createReadStream } from 'node:fs'
import { plainCell } from '../../electron/services/excel/cellValue'
import type { RawCell } from '../../shared/import/rawCell'

function workbookReader(file: string) {
  return new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
}

/** The baseline read: every row of every sheet through ExcelJS's streaming reader, nothing kept. */
export async function bareRead(file: string): Promise<{ rows: number; values: number }> {
  let rows = 0
  let values = 0
  for await (const ws of workbookReader(file)) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      rows++
      values += (row.values as unknown[]).length
    }
  }
  return { rows, values }
}

/** Every row's plain cell values, held in memory (the baseline write's input). */
export async function readAllRows(file: string): Promise<RawCell[][]> {
  const out: RawCell[][] = []
  for await (const ws of workbookReader(file)) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
      out.push((row.values as unknown[]).slice(1).map(plainCell))
    }
  }
  return out
}

/** The baseline write: the same cells through ExcelJS's streaming writer, no styles. */
export async function bareWrite(file: string, rows: readonly RawCell[][]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  })
  const ws = wb.addWorksheet('名单')
  for (const r of rows) ws.addRow(r).commit()
  ws.commit()
  await wb.commit()
}
