import { importFileText as text } from '../../../shared/i18n/imports'
import { SPREADSHEET_LIMITS } from './limits'
import { SpreadsheetError } from './spreadsheetError'

export type SpreadsheetKind = 'xlsx' | 'csv'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06])
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
// Office encrypts an .xlsx by wrapping it in an OLE2 file with these streams.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le')
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

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
    if (ext === 'et' || ext === 'ett') throw new SpreadsheetError('et', text.et)
    throw new SpreadsheetError('xls', text.xls)
  }
  if (startsWith(buf, ZIP) || startsWith(buf, EMPTY_ZIP)) return 'xlsx'
  if (ext === 'xls') throw new SpreadsheetError('xls', text.xls)
  if (ext === 'et') throw new SpreadsheetError('et', text.et)
  if (looksLikeText(buf)) return 'csv'
  throw new SpreadsheetError('notSpreadsheet', text.notSpreadsheet)
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
