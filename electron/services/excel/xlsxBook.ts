import { inflateRawSync } from 'node:zlib'
import { importFileText as text } from '../../../shared/i18n/imports'
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
  /** By style index (a cell's s="…"): does its number format show a date? */
  dateStyles: boolean[]
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

/**
 * Built-in number formats that show a date or time (ECMA-376 18.8.30 and the East Asian
 * ones Excel and WPS use in Chinese: 27–36, 50–58).
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
])

/** A part's bytes, inflated. Sizes were checked by zipInspect before anything gets here. */
function partBytes(buf: Buffer, entry: ZipEntry): Buffer {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  return entry.method === 0 ? data : inflateRawSync(data)
}

/** The workbook, its relationships, shared strings and styles of an inspected .xlsx. */
export function readXlsxBook(buf: Buffer, entries: readonly ZipEntry[]): XlsxBook {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]))
  const part = (name: string) => byName.get(name.toLowerCase()) ?? null
  const xml = (name: string) => {
    const entry = part(name)
    return entry ? partBytes(buf, entry).toString('utf8') : ''
  }

  const workbook = xml('xl/workbook.xml')
  if (!workbook) throw new SpreadsheetError('notXlsx', text.notXlsx)
  const targets = relationshipTargets(xml('xl/_rels/workbook.xml.rels'))
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
    sharedStrings: sharedStrings(xml('xl/sharedStrings.xml')),
    dateStyles: dateStyles(xml('xl/styles.xml')),
    date1904,
  }
}

/** r:id may be written with another prefix bound to the relationships namespace. */
function relationshipIdAttribute(attributes: string): string | undefined {
  const m = /\s[A-Za-z_][\w.-]*:id\s*=\s*"([^"]*)"/.exec(attributes)
  return m ? decodeXmlText(m[1]!) : undefined
}

/** Relationship id → the part's name in the zip (targets are relative to xl/ or absolute). */
function relationshipTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const m of rels.matchAll(RELATIONSHIP)) {
    const id = xmlAttribute(m[1]!, 'Id')
    const target = xmlAttribute(m[1]!, 'Target')
    if (id === undefined || target === undefined) continue
    targets.set(id, resolvePartName(target))
  }
  return targets
}

function resolvePartName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`
  const parts: string[] = []
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
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

function dateStyles(xml: string): boolean[] {
  const customDates = new Map<number, boolean>()
  for (const m of xml.matchAll(NUM_FMT)) {
    const id = Number(xmlAttribute(m[1]!, 'numFmtId'))
    customDates.set(id, isDateFormat(xmlAttribute(m[1]!, 'formatCode') ?? ''))
  }
  const xfs = CELL_XFS.exec(xml)?.[1] ?? ''
  const styles: boolean[] = []
  for (const m of xfs.matchAll(XF)) {
    const id = Number(xmlAttribute(m[1]!, 'numFmtId') ?? 0)
    styles.push(customDates.get(id) ?? BUILT_IN_DATES.has(id))
  }
  return styles
}

/**
 * Does a format code show a date or time? Its literal parts ("…", [Red], [$-804]) and
 * escaped characters removed, any of y m d h s left means yes — as Excel decides which numbers are dates.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, ''))
}
