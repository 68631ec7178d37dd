import { importFileText as text } from '../../../shared/i18n/imports'
import { SPREADSHEET_LIMITS } from './limits'
import { SpreadsheetError } from './spreadsheetError'

export type SpreadsheetKind = 'xlsx' | 'csv' | 'html' | 'spreadsheetml'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
// Office encrypts an .xlsx by wrapping it in an OLE2 file with these streams.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le')
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le')
const POWERPOINT_STREAM = Buffer.from('PowerPoint Document', 'utf16le')

/** Other files that end up picked for a roster, by their first bytes. */
const FOREIGN: { magic: Buffer; problem: 'pdf' | 'image' | 'archive' }[] = [
  { magic: Buffer.from('%PDF-'), problem: 'pdf' },
  { magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]), problem: 'image' },
  { magic: Buffer.from([0xff, 0xd8, 0xff]), problem: 'image' },
  { magic: Buffer.from('GIF8'), problem: 'image' },
  { magic: Buffer.from('RIFF'), problem: 'image' },
  { magic: Buffer.from('Rar!'), problem: 'archive' },
  { magic: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), problem: 'archive' },
  { magic: Buffer.from([0x1f, 0x8b]), problem: 'archive' },
]

/**
 * What a file really is, from its first bytes rather than its name: .xls renamed to .xlsx is
 * still refused with the .xls message, and a CSV saved as .txt is still read. OLE2 files are
 * old Excel, WPS .et, or an encrypted .xlsx: each gets its own message.
 */
export function spreadsheetKind(bytes: Uint8Array, fileName: string): SpreadsheetKind {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf.length === 0) throw new SpreadsheetError('empty', text.empty)
  if (buf.length > SPREADSHEET_LIMITS.maxFileBytes) {
    throw new SpreadsheetError(
      'tooLarge',
      text.tooLarge(SPREADSHEET_LIMITS.maxFileBytes / 1024 / 1024),
    )
  }
  const ext = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? ''
  if (startsWith(buf, OLE2)) {
    if (buf.includes(ENCRYPTION_INFO) || buf.includes(ENCRYPTED_PACKAGE)) {
      throw new SpreadsheetError('encrypted', text.encrypted)
    }
    if (buf.includes(WORD_STREAM)) throw new SpreadsheetError('document', text.document)
    if (buf.includes(POWERPOINT_STREAM)) throw new SpreadsheetError('document', text.presentation)
    if (ext === 'et' || ext === 'ett') throw new SpreadsheetError('et', text.et)
    throw new SpreadsheetError('xls', text.xls)
  }
  if (startsWith(buf, ZIP) || startsWith(buf, EMPTY_ZIP)) return 'xlsx'
  for (const { magic, problem } of FOREIGN) {
    if (startsWith(buf, magic)) throw new SpreadsheetError(problem, text[problem])
  }
  // Web systems' "导出Excel" is often an HTML table named .xls: told by its bytes, not its name.
  if (looksLikeText(buf)) return textKind(buf)
  if (ext === 'xls') throw new SpreadsheetError('xls', text.xls)
  if (ext === 'et') throw new SpreadsheetError('et', text.et)
  if (ext === 'numbers') throw new SpreadsheetError('numbers', text.numbers)
  throw new SpreadsheetError('notSpreadsheet', text.notSpreadsheet)
}

/**
 * What a text file holds: an HTML page, Excel 2003 XML, a flat OpenDocument sheet (.fods),
 * some other XML, or else delimited text. Judged on its start, in ASCII, whatever its
 * encoding (UTF-16 has every other byte NUL: those are dropped first).
 */
function textKind(buf: Buffer): SpreadsheetKind {
  let head = buf.subarray(0, 4096)
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    head = Buffer.from(head.filter((b) => b !== 0))
  }
  const start = head
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .trimStart()
  if (!start.startsWith('<')) return 'csv'
  const lower = start.toLowerCase()
  if (
    lower.includes('urn:schemas-microsoft-com:office:spreadsheet') ||
    lower.includes('progid="excel.sheet"')
  ) {
    return 'spreadsheetml'
  }
  if (/<(!doctype html|html|table|head|body|meta)\b/.test(lower)) return 'html'
  if (lower.includes('opendocument.spreadsheet') || lower.includes('<office:document')) {
    throw new SpreadsheetError('fods', text.fods)
  }
  if (lower.startsWith('<?xml') || /^<[a-z_][\w.:-]*[\s>]/.test(lower)) {
    throw new SpreadsheetError('otherXml', text.otherXml)
  }
  return 'csv'
}

function startsWith(buf: Buffer, magic: Buffer): boolean {
  return buf.length >= magic.length && buf.subarray(0, magic.length).equals(magic)
}

/** Text in any of the encodings we read: no NUL bytes (except UTF-16), few control bytes. */
function looksLikeText(buf: Buffer): boolean {
  if (buf[0] === 0xff && buf[1] === 0xfe) return true
  if (buf[0] === 0xfe && buf[1] === 0xff) return true
  const sample = buf.subarray(0, 64 * 1024)
  let control = 0
  for (const b of sample) {
    if (b === 0) return false
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return control <= sample.length / 100
}
