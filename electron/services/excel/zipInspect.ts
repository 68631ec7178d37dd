import { createInflateRaw } from 'node:zlib'
import { importFileText as text } from '../../../shared/i18n/imports'
import { SpreadsheetError } from './spreadsheetError'
import { XmlScanner } from './xmlScanner'
import { readZipDirectory, type ZipEntry } from './zipDirectory'

const XML_PART = /\.(xml|rels|vml)$/i

/** Worksheets are checked as they are read (checkedPieces), not inflated twice. */
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i
const PIECE_BYTES = 256 * 1024

/**
 * Checks an .xlsx before a parser touches it: the directory (readZipDirectory), then every
 * part but the worksheets inflated once, natively and in pieces, through checkedPieces. Also
 * that it is a spreadsheet at all. Worksheets get the same checks piece by piece as the
 * reader inflates them (checkedPieces again), so their rows are inflated only once.
 */
export async function inspectXlsx(buf: Buffer): Promise<ZipEntry[]> {
  const entries = readZipDirectory(buf)
  const names = new Set(entries.map((e) => e.name))
  if (!names.has('xl/workbook.xml')) {
    const mimetype = entries.find((e) => e.name === 'mimetype')
    if (mimetype && mimetype.method === 0) {
      const type = buf.toString('utf8', mimetype.dataOffset, mimetype.dataOffset + mimetype.size)
      if (type.includes('opendocument.spreadsheet')) throw new SpreadsheetError('ods', text.ods)
    }
    throw new SpreadsheetError('notXlsx', text.notXlsx)
  }
  for (const entry of entries) {
    if (WORKSHEET.test(entry.name)) continue
    for await (const piece of checkedPieces(buf, entry)) void piece
  }
  return entries
}

function problemError(problem: 'entities' | 'hugeText'): SpreadsheetError {
  return problem === 'entities'
    ? new SpreadsheetError('entities', text.entities)
    : new SpreadsheetError('hugeText', text.hugeText)
}

/**
 * A part's bytes, inflated natively a piece at a time (the stream waits while a piece is
 * used), each piece checked before it is handed on: the real size never past the declared
 * one (a lying zip bomb stops at the first byte too many) and no XML part carrying a DTD or
 * an impossible text run.
 */
export async function* checkedPieces(buf: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  const scanner = XML_PART.test(entry.name) ? new XmlScanner() : null
  const check = (piece: Buffer) => {
    const problem = scanner?.push(piece)
    if (problem) throw problemError(problem)
  }
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += PIECE_BYTES) {
      const piece = data.subarray(at, at + PIECE_BYTES)
      check(piece)
      yield piece
    }
    return
  }
  const inflate = createInflateRaw({ chunkSize: PIECE_BYTES })
  inflate.end(data)
  let size = 0
  try {
    for await (const piece of inflate as AsyncIterable<Buffer>) {
      size += piece.length
      if (size > entry.size) throw new SpreadsheetError('lyingSize', text.lyingSize)
      check(piece)
      yield piece
    }
  } catch (e) {
    if (e instanceof SpreadsheetError) throw e
    throw new SpreadsheetError('damaged', text.damaged)
  } finally {
    inflate.destroy()
  }
  if (size !== entry.size) throw new SpreadsheetError('lyingSize', text.lyingSize)
}
