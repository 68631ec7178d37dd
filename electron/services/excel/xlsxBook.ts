import { inflateRawSync } from 'node:zlib'
import { importFileText as text } from '../../../shared/i18n/imports'
import { builtInFormat, numberStyle, type NumberStyle } from './numberFormat'
import { resolvePart } from './packageKind'
import { SpreadsheetError } from './spreadsheetError'
import { decodeXmlText, xmlAttribute } from './xmlText'
import type { ZipEntry } from './zipDirectory'

/** A sheet as the workbook lists it, in tab order. */
export interface BookSheet {
  name: string
  hidden: boolean
  /** The part holding its cells; null when the workbook points nowhere (a chart sheet). */
  part: ZipEntry | null
}

/** What every sheet's cells are read against. */
export interface XlsxBook {
  sheets: BookSheet[]
  sharedStrings: string[]
  /** By style index (a cell's s="…"): how its number format shows a number. */
  numberStyles: NumberStyle[]
  date1904: boolean
}

// Tags may carry a namespace prefix (x:sheet) when a .NET library wrote the file.
const P = '(?:[A-Za-z_][\\w.-]*:)?'
const SHEET = new RegExp(`<${P}sheet\\b([^>]*?)/?>`, 'g')
const RELATIONSHIP = new RegExp(`<${P}Relationship\\b([^>]*?)/?>`, 'g')
const WORKBOOK_PR = new RegExp(`<${P}workbookPr\\b([^>]*?)/?>`)
const SHARED_ITEM = new RegExp(`<${P}si>([\\s\\S]*?)</${P}si>|<${P}si\\s*/>`, 'g')
const NUM_FMT = new RegExp(`<${P}numFmt\\b([^>]*?)/?>`, 'g')
const CELL_XFS = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`)
const XF = new RegExp(`<${P}xf\\b([^>]*?)/?>`, 'g')
/** Runs of text of a string item or an inline string; phonetic guides (rPh) are not text. */
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g')
const TEXT_RUN = new RegExp(`<${P}t(?:\\s[^>]*)?>([^<]*)</${P}t>`, 'g')

/** A part's bytes, inflated. Sizes were checked by zipInspect before anything gets here. */
function partBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  return entry.method === 0 ? data : inflateRawSync(data)
}

/** The workbook, its relationships, shared strings and styles of an inspected .xlsx. */
export function readXlsxBook(
  buf: Buffer,
  entries: readonly ZipEntry[],
  workbookName: string,
): XlsxBook {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  const part = (name: string) => byName.get(name.toLowerCase()) ?? null
  const xml = (name: string) => {
    const entry = part(name)
    return entry ? partBytes(buf, entry).toString('utf8') : ''
  }

  const workbook = xml(workbookName)
  if (!workbook) throw new SpreadsheetError('notXlsx', text.notXlsx)
  const slash = workbookName.lastIndexOf('/') + 1
  const folder = workbookName.slice(0, slash)
  const rels = relationshipParts(xml(`${folder}_rels/${workbookName.slice(slash)}.rels`), folder)
  const targets = rels.byId
  const sheets: BookSheet[] = []
  for (const m of workbook.matchAll(SHEET)) {
    const attributes = m[1]!
    const state = xmlAttribute(attributes, 'state')
    const rid = xmlAttribute(attributes, 'r:id') ?? relationshipIdAttribute(attributes)
    const target = rid === undefined ? undefined : targets.get(rid)
    sheets.push({
      name: xmlAttribute(attributes, 'name') ?? '',
      hidden: state === 'hidden' || state === 'veryHidden',
      part: target === undefined ? null : part(target),
    })
  }
  const pr = WORKBOOK_PR.exec(workbook)?.[1] ?? ''
  const date1904 = /^(1|true)$/.test(xmlAttribute(pr, 'date1904') ?? '')
  return {
    sheets,
    sharedStrings: sharedStrings(xml(rels.sharedStrings ?? `${folder}sharedStrings.xml`)),
    numberStyles: numberStyles(xml(rels.styles ?? `${folder}styles.xml`)),
    date1904,
  }
}

/** r:id may be written with another prefix bound to the relationships namespace. */
function relationshipIdAttribute(attributes: string): string | undefined {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*"([^"]*)"/.exec(attributes)
  return m ? decodeXmlText(m[1]!) : undefined
}

/**
 * The workbook's relationships: id → part name (targets relative to the workbook's folder or
 * absolute), and where its shared strings and styles are.
 */
function relationshipParts(
  rels: string,
  folder: string,
): { byId: Map<string, string>; sharedStrings?: string; styles?: string } {
  const byId = new Map<string, string>()
  const out: { byId: Map<string, string>; sharedStrings?: string; styles?: string } = { byId }
  for (const m of rels.matchAll(RELATIONSHIP)) {
    const id = xmlAttribute(m[1]!, 'Id')
    const target = xmlAttribute(m[1]!, 'Target')
    if (id === undefined || target === undefined) continue
    const name = resolvePart(folder, target)
    byId.set(id, name)
    const type = xmlAttribute(m[1]!, 'Type') ?? ''
    if (type.endsWith('/sharedStrings')) out.sharedStrings = name
    else if (type.endsWith('/styles')) out.styles = name
  }
  return out
}

/** The text of each string item: its runs joined, phonetic guides left out. */
export function itemText(item: string): string {
  const single = singleRun(item)
  if (single !== null) return decodeXmlText(single)
  const body = item.includes('rPh') ? item.replace(PHONETIC, '') : item
  let out = ''
  for (const m of body.matchAll(TEXT_RUN)) out += m[1]
  return decodeXmlText(out)
}

/**
 * The raw text of an item that is one plain <t> run and nothing else, as nearly every cell
 * is; null for anything else (rich text, phonetic guides, prefixes), left to the full parse.
 */
function singleRun(item: string): string | null {
  if (!item.startsWith('<t')) {
    // An inline string arrives as <is><t>…</t></is>.
    if (!item.startsWith('<is><t') || !item.endsWith('</t></is>')) return null
    return singleRun(item.slice(4, -5))
  }
  const after = item.charCodeAt(2)
  if (after !== 0x3e /* > */ && after !== 0x20 /* space */) return null
  const open = item.indexOf('>', 2)
  if (open === -1 || item.charCodeAt(open - 1) === 0x2f /* <t/> */) return null
  const close = item.indexOf('<', open + 1)
  return close === item.length - 4 && item.endsWith('</t>') ? item.slice(open + 1, close) : null
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = []
  for (const m of xml.matchAll(SHARED_ITEM)) strings.push(m[1] === undefined ? '' : itemText(m[1]))
  return strings
}

function numberStyles(xml: string): NumberStyle[] {
  const custom = new Map<number, string>()
  for (const m of xml.matchAll(NUM_FMT)) {
    custom.set(Number(xmlAttribute(m[1]!, 'numFmtId')), xmlAttribute(m[1]!, 'formatCode') ?? '')
  }
  const xfs = CELL_XFS.exec(xml)?.[1] ?? ''
  const styles: NumberStyle[] = []
  for (const m of xfs.matchAll(XF)) {
    const id = Number(xmlAttribute(m[1]!, 'numFmtId') ?? 0)
    styles.push(numberStyle(custom.get(id) ?? builtInFormat(id)))
  }
  return styles
}
