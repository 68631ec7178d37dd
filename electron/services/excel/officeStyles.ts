import type ExcelJS from 'exceljs'

/*
 * The look of the sheets county offices send upward: 宋体, a bold merged title, a plain line
 * with unit and date, a bold bordered header on grey, thin borders around every cell. Each
 * style is one shared object: ExcelJS caches a style by object identity, so 100,000 rows
 * reuse a handful of styles instead of hashing one per cell.
 */

const FONT = '宋体'
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } }
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin }

export const titleStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 18, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle' },
}

export const subtitleStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { horizontal: 'left', vertical: 'middle' },
}

export const headerStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11, bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: box,
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
}

/** Text cells are formatted as Text (@): what starts with = + - @ stays text even when edited. */
export const textCellStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { vertical: 'middle' },
  border: box,
  numFmt: '@',
}

export const numberCellStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 11 },
  alignment: { horizontal: 'center', vertical: 'middle' },
  border: box,
}

export const noteStyle: Partial<ExcelJS.Style> = {
  font: { name: FONT, size: 10 },
  alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
}
