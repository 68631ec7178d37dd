import { createInflateRaw } from 'node:zlib'
import { importFileText as text } from '../../../shared/i18n/imports'
import { SpreadsheetError } from './spreadsheetError'
import { XmlScanner } from './xmlScanner'
import { readZipDirectory, type ZipEntry } from './zipDirectory'

const XML_PART = /\.(xml|rels|vml)$/i

/**
 * Checks an .xlsx before a parser touches it: the directory (readZipDirectory), then every
 * part inflated once, natively and in small chunks, to prove its real size is the declared
 * one (a lying zip bomb stops at the first byte too many) and that no XML part carries a DTD
 * or an impossible text run. Also that it is a spreadsheet at all.
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
  for (const entry of entries) await inspectEntry(buf, entry)
  return entries
}

function problemError(problem: 'entities' | 'hugeText'): SpreadsheetError {
  return problem === 'entities'
    ? new SpreadsheetError('entities', text.entities)
    : new SpreadsheetError('hugeText', text.hugeText)
}

function inspectEntry(buf: Buffer, entry: ZipEntry): Promise<void> {
  const data = buf.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)
  const scanner = XML_PART.test(entry.name) ? new XmlScanner() : null
  if (entry.method === 0) {
    const problem = scanner?.push(data)
    return problem ? Promise.reject(problemError(problem)) : Promise.resolve()
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 })
    let size = 0
    let failed = false
    const fail = (err: SpreadsheetError) => {
      if (failed) return
      failed = true
      inflate.destroy()
      reject(err)
    }
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > entry.size) return fail(new SpreadsheetError('lyingSize', text.lyingSize))
      const problem = scanner?.push(chunk)
      if (problem) fail(problemError(problem))
    })
    inflate.on('error', () => fail(new SpreadsheetError('damaged', text.damaged)))
    inflate.on('end', () => {
      if (failed) return
      if (size !== entry.size) fail(new SpreadsheetError('lyingSize', text.lyingSize))
      else resolve()
    })
    inflate.end(data)
  })
}
