import ExcelJS from 'exceljs'
import { importReportText as text } from '../../../shared/i18n/imports'
import type { RawCell } from '../../../shared/import/rawCell'
import { headerStyle, noteStyle, textCellStyle } from './officeStyles'
import { safeText } from './safeText'

export interface ErrorReportSheet {
  name: string
  /** The file's header texts, by column. */
  headers: string[]
  rows: { row: number; cells: RawCell[]; reason: string }[]
}

/**
 * The rows an import could not take, as they were in the file (same columns, same values,
 * numbers still numbers), one sheet per sheet of the file, with 错误原因, 原工作表 and 原行号
 * added on the right. The importer ignores those three columns, so the report can be fixed
 * and imported as it is. Text cells are formatted as text: an ID typed in keeps its digits.
 */
export async function errorReportWorkbook(sheets: ErrorReportSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '新联台账'
  for (const sheet of sheets) {
    if (!sheet.rows.length) continue
    const width = Math.max(sheet.headers.length, ...sheet.rows.map((r) => r.cells.length))
    const ws = wb.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] })
    ws.columns = [
      ...Array.from({ length: width }, () => ({ width: 14, style: { numFmt: '@' } })),
      { width: 50 },
      { width: 12 },
      { width: 8 },
    ]
    ws.mergeCells(1, 1, 1, width + 3)
    ws.getCell(1, 1).value = text.hint
    ws.getCell(1, 1).style = noteStyle
    const header = ws.getRow(2)
    header.values = [
      ...Array.from({ length: width }, (_, i) => sheet.headers[i] ?? ''),
      text.reasonHeader,
      text.sheetHeader,
      text.rowHeader,
    ]
    for (let c = 1; c <= width + 3; c++) header.getCell(c).style = headerStyle
    for (const r of sheet.rows) {
      const row = ws.addRow([
        ...Array.from({ length: width }, (_, i) => cellValue(r.cells[i])),
        r.reason,
        sheet.name,
        r.row,
      ])
      for (let c = 1; c <= width; c++) row.getCell(c).style = textCellStyle
    }
  }
  if (wb.worksheets.length === 0) wb.addWorksheet(text.sheetName).getCell(1, 1).value = text.hint
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function cellValue(cell: RawCell | undefined): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null
  return typeof cell === 'string' ? safeText(cell) : cell
}
