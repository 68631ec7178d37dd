import { columnLetter } from '../../../shared/import/columnLetter'
import { demoMarkText } from '../../../shared/i18n/documents'
import { OFFICE_STYLE, OFFICE_STYLES_XML } from './officeStylesXml'
import { rowHeightPt, textRowHeight, wrappedLines } from './officeRowHeight'
import { INVALID_XML, safeText } from './safeText'
import { ZipWriter } from './zipWriter'

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
  /** Demo persons are listed: the title and every printed page's header say 演示数据. */
  demo?: boolean
}

/** Rows 1–2 are title and subtitle; the header is row 3, data start at row 4. */
export const HEADER_ROW = 3

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const MARKUP = /[&<>"]/g
// Text that reads like OOXML's _xHHHH_ escape must stay the text it is.
const LOOKS_ESCAPED = /_x[0-9a-fA-F]{4}_/g

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
}

/**
 * Anything xml() would change, made of the same patterns it applies: most cells hold none
 * of it and are written as they are.
 */
const NEEDS_WORK = new RegExp(`${INVALID_XML.source}|${MARKUP.source}|_x`)

function xml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text
  let out = safeText(text)
  if (out.includes('_x')) out = out.replace(LOOKS_ESCAPED, (m) => `_x005F${m}`)
  return out.replace(MARKUP, (c) => ESCAPES[c]!)
}

/**
 * Writes a one-sheet .xlsx the way county offices lay out the sheets they send: merged title,
 * a line with unit and date, a bold bordered header (frozen, repeated on every printed page),
 * thin borders, 序号 as numbers, everything else as text; A4, landscape when wide, fitted to
 * the page width, 第 N 页，共 M 页 in the footer. The sheet's XML is built row by row and
 * deflated as it goes, so memory stays flat however many rows come. Answers the data rows
 * written.
 */
export async function writeOfficeWorkbook(
  path: string,
  spec: OfficeSheetSpec,
  rows: Iterable<OfficeCell[]> | AsyncIterable<OfficeCell[]>,
): Promise<number> {
  const zip = await ZipWriter.create(path)
  try {
    await zip.add('[Content_Types].xml', CONTENT_TYPES)
    await zip.add('_rels/.rels', PACKAGE_RELS)
    await zip.add('docProps/app.xml', APP_PROPS)
    await zip.add('docProps/core.xml', coreProps(new Date()))
    await zip.add('xl/workbook.xml', workbookXml(spec))
    await zip.add('xl/_rels/workbook.xml.rels', WORKBOOK_RELS)
    await zip.add('xl/styles.xml', OFFICE_STYLES_XML)
    const count = await writeSheet(await zip.part('xl/worksheets/sheet1.xml'), spec, rows)
    await zip.close()
    return count
  } catch (e) {
    await zip.abandon()
    throw e
  }
}

async function writeSheet(
  part: Awaited<ReturnType<ZipWriter['part']>>,
  spec: OfficeSheetSpec,
  rows: Iterable<OfficeCell[]> | AsyncIterable<OfficeCell[]>,
): Promise<number> {
  const width = spec.columns.length
  const last = columnLetter(width - 1)
  const letters = spec.columns.map((_, i) => columnLetter(i))
  const landscape = width > 8
  const frozen = columnLetter(spec.frozenColumns)
  const pane =
    spec.frozenColumns > 0
      ? `<pane xSplit="${spec.frozenColumns}" ySplit="${HEADER_ROW}" topLeftCell="${frozen}${HEADER_ROW + 1}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${frozen}${HEADER_ROW + 1}" sqref="${frozen}${HEADER_ROW + 1}"/>`
      : `<pane ySplit="${HEADER_ROW}" topLeftCell="A${HEADER_ROW + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${HEADER_ROW + 1}" sqref="A${HEADER_ROW + 1}"/>`
  const cols = spec.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('')
  await part.write(
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
      '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
      `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      `<cols>${cols}</cols><sheetData>`,
  )

  const textCell = (ref: string, value: string, style: number) =>
    `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`
  const merged: string[] = []
  const widths = spec.columns.map((c) => c.width)
  const totalWidth = widths.reduce((a, b) => a + b, 0)
  // Merged rows wrap across the whole table's width.
  const fullRow = (n: number, value: string, style: number, fontPt: number, minPt: number) => {
    if (width > 1) merged.push(`A${n}:${last}${n}`)
    const height = Math.max(minPt, rowHeightPt(wrappedLines(value, totalWidth, fontPt), fontPt))
    return `<row r="${n}" ht="${height}" customHeight="1">${textCell(`A${n}`, value, style)}</row>`
  }
  const title = spec.demo ? demoMarkText.sheetTitle(spec.title) : spec.title
  const headerHeight = Math.max(
    24,
    textRowHeight(
      spec.columns.map((c) => c.header),
      widths,
    ),
  )
  await part.write(
    fullRow(1, title, OFFICE_STYLE.title, 18, 32) +
      fullRow(2, spec.subtitle, OFFICE_STYLE.subtitle, 11, 20) +
      `<row r="${HEADER_ROW}" ht="${headerHeight}" customHeight="1">` +
      spec.columns
        .map((c, i) => textCell(`${letters[i]}${HEADER_ROW}`, c.header, OFFICE_STYLE.header))
        .join('') +
      '</row>',
  )

  let n = HEADER_ROW
  let count = 0
  let chunk = ''
  for await (const values of rows) {
    n++
    count++
    let row = `<row r="${n}" ht="${textRowHeight(values, widths)}" customHeight="1">`
    for (let i = 0; i < width; i++) {
      const v = values[i] ?? null
      const ref = `${letters[i]}${n}`
      if (typeof v === 'number' && Number.isFinite(v)) {
        row += `<c r="${ref}" s="${OFFICE_STYLE.number}"><v>${v}</v></c>`
      } else if (v === null || v === '' || typeof v === 'number') {
        row += `<c r="${ref}" s="${OFFICE_STYLE.text}"/>`
      } else {
        row += textCell(ref, v, OFFICE_STYLE.text)
      }
    }
    chunk += `${row}</row>`
    if (chunk.length > 256 * 1024) {
      await part.write(chunk)
      chunk = ''
    }
  }
  for (const note of spec.notes ?? []) chunk += fullRow(++n, note, OFFICE_STYLE.note, 10, 30)
  const merges = merged.map((ref) => `<mergeCell ref="${ref}"/>`).join('')
  await part.write(
    `${chunk}</sheetData>` +
      (merged.length ? `<mergeCells count="${merged.length}">${merges}</mergeCells>` : '') +
      '<printOptions horizontalCentered="1"/>' +
      '<pageMargins left="0.5" right="0.5" top="0.7" bottom="0.7" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
      '<headerFooter>' +
      (spec.demo ? `<oddHeader>${xml(`&C${demoMarkText.page}`)}</oddHeader>` : '') +
      `<oddFooter>${xml('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>` +
      '</worksheet>',
  )
  await part.end()
  return count
}

function workbookXml(spec: OfficeSheetSpec): string {
  const name = xml(spec.sheetName)
  // Sheet names in a defined name are quoted, with ' doubled.
  const quoted = `'${spec.sheetName.replace(/'/g, "''")}'`
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">${xml(`${quoted}!$${HEADER_ROW}:$${HEADER_ROW}`)}</definedName></definedNames>` +
    '</workbook>'
  )
}

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>'

const PACKAGE_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>'

const WORKBOOK_RELS =
  `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
  '</Relationships>'

const APP_PROPS =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>新联台账</Application></Properties>'

function coreProps(at: Date): string {
  const when = `${at.toISOString().slice(0, 19)}Z`
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    '<dc:creator>新联台账</dc:creator>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}
