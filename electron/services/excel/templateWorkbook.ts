import ExcelJS from 'exceljs'
import { CATEGORIES } from '../../../shared/codes/categories'
import { DEGREE } from '../../../shared/codes/degree'
import { EDUCATION } from '../../../shared/codes/education'
import { ETHNICITY } from '../../../shared/codes/ethnicity'
import type { CodeEntry } from '../../../shared/codes/lookup'
import { PERSON_STATUS } from '../../../shared/codes/personStatus'
import { POLITICAL_STATUS } from '../../../shared/codes/politicalStatus'
import { SEX } from '../../../shared/codes/sex'
import { TEAMS } from '../../../shared/codes/teams'
import { TITLE_LEVEL } from '../../../shared/codes/titleLevel'
import { templateText as text } from '../../../shared/i18n/imports'
import { personFieldLabels } from '../../../shared/i18n/persons'
import type { ImportField } from '../../../shared/import/importFields'
import { headerStyle, noteStyle, subtitleStyle, textCellStyle, titleStyle } from './officeStyles'

/** The template's columns, in the order of the usual county roster. */
export const TEMPLATE_COLUMNS: readonly ImportField[] = [
  'name',
  'sex',
  'ethnicity',
  'birthDate',
  'idNumber',
  'politicalStatus',
  'education',
  'degree',
  'employer',
  'jobTitle',
  'titleLevel',
  'categories',
  'phone',
  'township',
  'community',
  'team',
  'status',
  'remarks',
]

/** Coded fields and the list their drop-down offers (the standard names). */
const LISTS: Partial<Record<ImportField, readonly CodeEntry[]>> = {
  sex: SEX.filter((s) => s.code === '1' || s.code === '2'),
  ethnicity: ETHNICITY,
  politicalStatus: POLITICAL_STATUS,
  education: EDUCATION.filter((e) => !e.code.endsWith('0') || e.code === '90'),
  degree: DEGREE,
  titleLevel: TITLE_LEVEL,
  categories: CATEGORIES,
  team: TEAMS,
  status: PERSON_STATUS,
}

const WIDTHS: Partial<Record<ImportField, number>> = {
  name: 10,
  idNumber: 21,
  employer: 28,
  categories: 24,
  politicalStatus: 22,
  education: 16,
  remarks: 24,
}

const HEADER_ROW = 3

/** ExcelJS has data validations on worksheets but leaves them out of its typings. */
function validations(ws: ExcelJS.Worksheet): {
  add(range: string, rule: ExcelJS.DataValidation): void
} {
  return (
    ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations
}
/** Rows offered with drop-downs and the text format. */
const INPUT_ROWS = 2000

/**
 * 导入模板.xlsx: a title, a 填报单位 line, the header (姓名 marked required), an example row,
 * drop-downs on every coded column (lists on a hidden 代码表 sheet: 58 民族 do not fit
 * into a formula), the ID-number column formatted as text so Excel keeps all 18 digits,
 * and notes under the table. The importer reads it back as it is, skipping the hidden sheet.
 */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '新联台账'
  const ws = wb.addWorksheet(text.sheetName, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  const codes = wb.addWorksheet(text.codesSheetName, { state: 'hidden' })
  const width = TEMPLATE_COLUMNS.length + 1

  ws.columns = [{ width: 6 }, ...TEMPLATE_COLUMNS.map((f) => ({ width: WIDTHS[f] ?? 12 }))]
  ws.mergeCells(1, 1, 1, width)
  ws.getCell(1, 1).value = text.title
  ws.getCell(1, 1).style = titleStyle
  ws.getRow(1).height = 32
  ws.mergeCells(2, 1, 2, width)
  ws.getCell(2, 1).value = text.unitLine
  ws.getCell(2, 1).style = subtitleStyle

  const header = ws.getRow(HEADER_ROW)
  header.values = [
    '序号',
    ...TEMPLATE_COLUMNS.map((f) =>
      f === 'name' ? text.required(personFieldLabels[f]) : personFieldLabels[f],
    ),
  ]
  header.height = 24
  for (let c = 1; c <= width; c++) header.getCell(c).style = headerStyle

  const example = ws.getRow(HEADER_ROW + 1)
  example.values = [1, ...TEMPLATE_COLUMNS.map((f) => text.example[f] ?? null)]
  for (let c = 1; c <= width; c++) example.getCell(c).style = textCellStyle

  let codeColumn = 0
  TEMPLATE_COLUMNS.forEach((field, i) => {
    const column = i + 2
    const letter = ws.getColumn(column).letter
    if (field === 'idNumber' || field === 'phone' || field === 'birthDate') {
      // Text format: 18-digit IDs keep every digit, 1985.10 keeps its 0.
      ws.getColumn(column).numFmt = '@'
    }
    const list = LISTS[field]
    if (!list) return
    codeColumn++
    const codeLetter = codes.getColumn(codeColumn).letter
    codes.getCell(1, codeColumn).value = personFieldLabels[field]
    list.forEach((entry, j) => (codes.getCell(j + 2, codeColumn).value = entry.name))
    validations(ws).add(`${letter}${HEADER_ROW + 1}:${letter}${HEADER_ROW + INPUT_ROWS}`, {
      type: 'list',
      allowBlank: true,
      // Categories may hold several (律师、新媒体): offered, not enforced.
      showErrorMessage: field !== 'categories',
      errorStyle: 'stop',
      errorTitle: text.validationTitle,
      error: text.validationError(personFieldLabels[field]),
      formulae: [`'${text.codesSheetName}'!$${codeLetter}$2:$${codeLetter}$${list.length + 1}`],
    })
  })

  const notesAt = HEADER_ROW + INPUT_ROWS + 2
  text.notes.forEach((note, i) => {
    const r = notesAt + i
    ws.mergeCells(r, 1, r, width)
    ws.getCell(r, 1).value = note
    ws.getCell(r, 1).style = noteStyle
  })
  return Buffer.from(await wb.xlsx.writeBuffer())
}
