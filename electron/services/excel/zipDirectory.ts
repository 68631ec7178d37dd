import { importFileText as text } from '../../../shared/i18n/imports'
import { SPREADSHEET_LIMITS } from './limits'
import { SpreadsheetError } from './spreadsheetError'
import { ZIP_SIGNATURE } from './zipSignatures'

export interface ZipEntry {
  name: string
  method: number
  encrypted: boolean
  compressedSize: number
  size: number
  /** Where the compressed bytes start. */
  dataOffset: number
}

const { end: EOCD, zip64Locator: ZIP64_LOCATOR, zip64End: ZIP64_EOCD } = ZIP_SIGNATURE
const { central: CENTRAL, local: LOCAL } = ZIP_SIGNATURE
const MAX32 = 0xffffffff

/** Worksheets are streamed; every other part may be held whole (see limits maxHeldBytes). */
export const WORKSHEET_PART = /(^|\/)worksheets\/[^/]+\.xml$/i

const damaged = () => new SpreadsheetError('damaged', text.damaged)

/**
 * Reads the central directory of a zip and checks it against the limits before anything is
 * inflated: entry count, declared sizes, compression ratio, encryption, duplicate names. Also
 * checks that the local entries lie back to back exactly as the directory says, so a
 * streaming reader (which walks local headers, not the directory) meets the same entries.
 */
export function readZipDirectory(buf: Buffer): ZipEntry[] {
  const end = findEndRecord(buf)
  let count = buf.readUInt16LE(end + 10)
  let cdSize = buf.readUInt32LE(end + 12)
  let cdOffset = buf.readUInt32LE(end + 16)
  if (count === 0xffff || cdOffset === MAX32 || cdSize === MAX32) {
    const locator = end - 20
    if (locator < 0 || buf.readUInt32LE(locator) !== ZIP64_LOCATOR) throw damaged()
    const record = Number(buf.readBigUInt64LE(locator + 8))
    if (record + 56 > buf.length || buf.readUInt32LE(record) !== ZIP64_EOCD) throw damaged()
    count = Number(buf.readBigUInt64LE(record + 32))
    cdSize = Number(buf.readBigUInt64LE(record + 40))
    cdOffset = Number(buf.readBigUInt64LE(record + 48))
  }
  if (count > SPREADSHEET_LIMITS.maxZipEntries) {
    throw new SpreadsheetError('tooManyEntries', text.tooManyEntries(count))
  }
  if (cdOffset + cdSize > buf.length) throw damaged()

  const entries: (ZipEntry & { localOffset: number; flags: number })[] = []
  const names = new Set<string>()
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw damaged()
    const flags = buf.readUInt16LE(p + 8)
    const method = buf.readUInt16LE(p + 10)
    let compressedSize = buf.readUInt32LE(p + 20)
    let size = buf.readUInt32LE(p + 24)
    const nameLength = buf.readUInt16LE(p + 28)
    const extraLength = buf.readUInt16LE(p + 30)
    const commentLength = buf.readUInt16LE(p + 32)
    let localOffset = buf.readUInt32LE(p + 42)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    const zip64 = readZip64Extra(buf, p + 46 + nameLength, extraLength, {
      size: size === MAX32,
      compressed: compressedSize === MAX32,
      offset: localOffset === MAX32,
    })
    size = zip64.size ?? size
    compressedSize = zip64.compressed ?? compressedSize
    localOffset = zip64.offset ?? localOffset
    p += 46 + nameLength + extraLength + commentLength
    if (names.has(name)) throw damaged()
    names.add(name)
    entries.push({
      name,
      method,
      flags,
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      localOffset,
      dataOffset: 0,
    })
  }
  checkSizes(entries)
  return checkLocalHeaders(buf, entries, cdOffset)
}

function findEndRecord(buf: Buffer): number {
  const last = buf.length - 22
  const first = Math.max(0, last - 65535)
  for (let i = last; i >= first; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i
  }
  throw damaged()
}

function readZip64Extra(
  buf: Buffer,
  start: number,
  length: number,
  want: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  const out: { size?: number; compressed?: number; offset?: number } = {}
  if (!want.size && !want.compressed && !want.offset) return out
  let p = start
  while (p + 4 <= start + length) {
    const id = buf.readUInt16LE(p)
    const size = buf.readUInt16LE(p + 2)
    if (id === 0x0001) {
      let q = p + 4
      const take = () => {
        if (q + 8 > p + 4 + size) throw damaged()
        const v = Number(buf.readBigUInt64LE(q))
        q += 8
        return v
      }
      if (want.size) out.size = take()
      if (want.compressed) out.compressed = take()
      if (want.offset) out.offset = take()
      return out
    }
    p += 4 + size
  }
  throw damaged()
}

function checkSizes(entries: ZipEntry[]): void {
  const L = SPREADSHEET_LIMITS
  let total = 0
  let held = 0
  for (const e of entries) {
    if (e.encrypted) throw new SpreadsheetError('encrypted', text.encrypted)
    if (e.method !== 0 && e.method !== 8) throw damaged()
    if (e.method === 0 && e.size !== e.compressedSize)
      throw new SpreadsheetError('lyingSize', text.lyingSize)
    total += e.size
    if (!WORKSHEET_PART.test(e.name)) held += e.size
    const ratio = e.size / Math.max(1, e.compressedSize)
    if (
      e.size > L.maxEntryBytes ||
      total > L.maxTotalBytes ||
      held > L.maxHeldBytes ||
      (e.size > L.minRatioCheckBytes && ratio > L.maxCompressionRatio)
    ) {
      throw new SpreadsheetError('zipBomb', text.zipBomb)
    }
  }
}

function checkLocalHeaders(
  buf: Buffer,
  entries: (ZipEntry & { localOffset: number; flags: number })[],
  cdOffset: number,
): ZipEntry[] {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset)
  let expected = 0
  let gap = 0
  for (const e of ordered) {
    // Between two entries: nothing, or the data descriptor of the one before (12–24 bytes).
    if (e.localOffset < expected || e.localOffset - expected > gap) throw damaged()
    const p = e.localOffset
    if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw damaged()
    const nameLength = buf.readUInt16LE(p + 26)
    const extraLength = buf.readUInt16LE(p + 28)
    if (buf.toString('utf8', p + 30, p + 30 + nameLength) !== e.name) throw damaged()
    e.dataOffset = p + 30 + nameLength + extraLength
    expected = e.dataOffset + e.compressedSize
    if (expected > cdOffset) throw damaged()
    gap = (e.flags & 8) === 0 ? 0 : 24
  }
  if (cdOffset - expected > gap) throw damaged()
  return entries.map(({ name, method, encrypted, compressedSize, size, dataOffset }) => ({
    name,
    method,
    encrypted,
    compressedSize,
    size,
    dataOffset,
  }))
}
