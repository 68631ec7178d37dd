import { importFileText as text } from '../../../shared/i18n/imports'
import { SpreadsheetError } from './spreadsheetError'
import { xmlAttribute } from './xmlText'
import type { ZipEntry } from './zipDirectory'

const OFFICE_DOCUMENT = /\/officeDocument$/
const RELATIONSHIP = /<(?:[A-Za-z_][\w.-]*:)?Relationship\b([^>]*?)\/?>/g

/**
 * The workbook part of an OOXML package, the OOXML way: the officeDocument relationship of
 * the package (_rels/.rels), wherever a generator put it. Packages without one (some old
 * generators) are looked for at xl/workbook.xml. Null when the package holds no workbook.
 */
export function workbookPart(rootRels: string, entries: readonly ZipEntry[]): string | null {
  const names = new Map(entries.map((e) => [e.name.toLowerCase(), e.name]))
  for (const m of rootRels.matchAll(RELATIONSHIP)) {
    const type = xmlAttribute(m[1]!, 'Type') ?? ''
    const target = xmlAttribute(m[1]!, 'Target')
    if (!OFFICE_DOCUMENT.test(type) || target === undefined) continue
    const name = names.get(resolvePart('', target).toLowerCase())
    if (name) return name
  }
  return names.get('xl/workbook.xml') ?? null
}

/** A relationship target → the part's name in the zip; relative targets from `base` (a folder). */
export function resolvePart(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${base}${target}`
  const parts: string[] = []
  for (const piece of path.split('/')) {
    if (piece === '..') parts.pop()
    else if (piece !== '.' && piece !== '') parts.push(piece)
  }
  return parts.join('/')
}

/**
 * Why a zip without a workbook we can read is refused, in words the user can act on: the
 * formats that come as zips (.xlsb, .ods, .numbers, Word, PowerPoint) each by name, anything
 * else as the archive it is.
 */
export function foreignPackage(
  entries: readonly ZipEntry[],
  mimetype: string | null,
  workbook: string | null,
): SpreadsheetError {
  const has = (re: RegExp) => entries.some((e) => re.test(e.name))
  if (workbook?.toLowerCase().endsWith('.bin') || has(/^xl\/workbook\.bin$/i)) {
    return new SpreadsheetError('xlsb', text.xlsb)
  }
  if (mimetype?.includes('opendocument.spreadsheet')) return new SpreadsheetError('ods', text.ods)
  if (mimetype?.includes('opendocument')) return new SpreadsheetError('document', text.document)
  if (has(/\.iwa$/i) || has(/^Index\.zip$/) || has(/^Index\//)) {
    return new SpreadsheetError('numbers', text.numbers)
  }
  if (has(/^word\//)) return new SpreadsheetError('document', text.document)
  if (has(/^ppt\//)) return new SpreadsheetError('document', text.presentation)
  return new SpreadsheetError('archive', text.archive)
}
