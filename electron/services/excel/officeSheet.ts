import type ExcelJS from 'exceljs'
import {
  headerStyle,
  noteStyle,
  numberCellStyle,
  subtitleStyle,
  textCellStyle,
  titleStyle,
} from './officeStyles'
import { safeText } from './safeText'

export interface OfficeColumn {
  header: string
  /** In characters, as Excel measures column widths. */
  width: number
}

export type OfficeCell = string | number | null

export interface OfficeSheetSpec {
  sheetName: string
  /** The merged first row. */
  title: string
  /** The second row: 填报单位, date, count. */
  subtitle: string
  columns: OfficeColumn[]
  /** Columns kept in view when scrolling right (序号 and 姓名). */
  frozenColumns: number
  /** Lines under the table (注：…). */
  notes?: string[]
}

/** Rows 1–2 are title and subtitle; the header is row 3, data start at row 4. */
export const HEADER_ROW = 3

/**
 * Writes one sheet the way county offices lay out the sheets they send: merged title, a line
 * with unit and date, a bold bordered header (frozen, repeated on every printed page), thin
 * borders, 序号 as numbers, everything else as text. Rows are committed one by one on an
 * ExcelJS streaming WorkbookWriter, so memory stays flat however many rows come.
 */
export async function writeOfficeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: OfficeSheetSpec,
  rows: Iterable<OfficeCell[]> | AsyncIterable<OfficeCell[]>,
): Promise<number> {
  const width = spec.columns.length
  const landscape = width > 8
  const ws = workbook.addWorksheet(spec.sheetName, {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  })
  ws.columns = spec.columns.map((c) => ({ width: c.width }))

  // Merges must be declared before their rows are committed to the stream.
  const title = ws.addRow([spec.title])
  title.height = 32
  if (width > 1) ws.mergeCells(1, 1, 1, width)
  title.getCell(1).style = titleStyle
  title.commit()
  const sub = ws.addRow([spec.subtitle])
  sub.height = 20
  if (width > 1) ws.mergeCells(2, 1, 2, width)
  sub.getCell(1).style = subtitleStyle
  sub.commit()

  const header = ws.addRow(spec.columns.map((c) => c.header))
  header.height = 24
  for (let i = 1; i <= width; i++) header.getCell(i).style = headerStyle
  header.commit()

  let count = 0
  for await (const values of rows) {
    const row = ws.addRow(values.map((v) => (typeof v === 'string' ? safeText(v) : v)))
    for (let i = 1; i <= width; i++) {
      row.getCell(i).style = typeof values[i - 1] === 'number' ? numberCellStyle : textCellStyle
    }
    row.commit()
    count++
  }

  for (const note of spec.notes ?? []) {
    const n = ws.addRow([note])
    if (width > 1) ws.mergeCells(n.number, 1, n.number, width)
    n.getCell(1).style = noteStyle
    n.commit()
  }
  ws.commit()
  return count
}
