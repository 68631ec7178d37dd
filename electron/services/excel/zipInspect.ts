import { createInflateRaw } from 'node:zlib'
import { importFileText as text } from '../../../shared/i18n/imports'
import { foreignPackage, workbookPart } from './packageKind'
import { SpreadsheetError } from './spreadsheetError'
import { XmlScanner } from './xmlScanner'
import { readZipDirectory, WORKSHEET_PART, type ZipEntry } from './zipDirectory'

const XML_PART = /\.(xml|rels|vml)$/i

const PIECE_BYTES = 256 * 1024

/**
 * Checks an .xlsx before a parser touches it: the directory (readZipDirectory), then every
 * part but the worksheets inflated once, natively and in pieces, through checkedPieces. Also
 * that it is a spreadsheet at all. Worksheets get the same checks piece by piece as the
 * reader inflates them (checkedPieces again), so their rows are inflated only once. The
 * workbook is the part _rels/.rels names; a zip without one is told for what it is.
 */
export async function inspectXlsx(buf: Buffer): Promise<{ entries: ZipEntry[]; workbook: string }> {
  const entries = readZipDirectory(buf)
  const rootRels = entries.find((e) => e.name === '_rels/.rels')
  const rels = rootRels ? await partText(buf, rootRels) : ''
  const workbook = workbookPart(rels, entries)
  if (!workbook || !workbook.toLowerCase().endsWith('.xml')) {
    const mimetype = entries.find((e) => e.name === 'mimetype')
    const type = mimetype ? await partText(buf, mimetype) : null
    throw foreignPackage(entries, type, workbook)
  }
  for (const entry of entries) {
    if (WORKSHEET_PART.test(entry.name)) continue
    for await (const piece of checkedPieces(buf, entry)) void piece
  }
  return { entries, workbook }
}

/** A small part's text, through the same checks as every other part. */
async function partText(buf: Buffer, entry: ZipEntry): Promise<string> {
  const pieces: Buffer[] = []
  for await (const piece of checkedPieces(buf, entry)) pieces.push(piece)
  return Buffer.concat(pieces).toString('utf8')
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
