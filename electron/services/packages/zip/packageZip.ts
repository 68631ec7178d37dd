import { crc32, inflateRawSync } from 'node:zlib'
import { ZIP_SIGNATURE } from '../../excel/zipSignatures'
import { PackageRefusal } from '../refusal'
import { DeflatingWriter, type DeflatedEntry } from './deflatingWriter'

/**
 * The zip inside a package, in one canonical layout: local entries back to back (no data
 * descriptors, no extra fields, no comments, fixed 1980 time stamp), then the directory.
 * The reader accepts that layout and nothing else — it rebuilds every header from the entry
 * names and sizes and compares byte for byte — so no byte of the file goes unchecked: the
 * headers by that comparison, the compressed data by the manifest's hashes, the manifest by
 * its signature.
 */

const UTF8_NAMES = 0x0800
const VERSION = 20
const DOS_DATE = (1 << 5) | 1
export const STORED = 0
export const DEFLATED = 8

export const PACKAGE_LIMITS = {
  maxFileBytes: 512 * 1024 * 1024,
  maxEntries: 64,
  /**
   * One table's NDJSON may take the whole: a full package of a million persons holds a
   * persons entry of ~1.1 GB (a province's register), which 1 GiB refused as a bomb at its
   * own read-back. Every entry is inflated a block at a time, never whole in memory.
   */
  maxEntryBytes: 2 * 1024 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed/compressed, for entries above minRatioCheckBytes. NDJSON packs ~10×. */
  maxCompressionRatio: 100,
  minRatioCheckBytes: 1024 * 1024,
  maxManifestBytes: 4 * 1024 * 1024,
} as const

export interface ZipInput {
  name: string
  method: typeof STORED | typeof DEFLATED
  /** The bytes as stored (compressed when DEFLATED). */
  data: Uint8Array
  crc: number
  size: number
}

export interface ZipEntryRead extends ZipInput {
  compressedSize: number
}

/** An entry written by a DeflatingWriter, as the zip stores it. */
export function deflatedInput(name: string, entry: DeflatedEntry): ZipInput {
  return { name, method: DEFLATED, data: entry.data, crc: entry.crc, size: entry.size }
}

/** Deflates with Node's zlib: native, about four times fflate's speed on a county's NDJSON. */
export function deflateEntry(name: string, content: Uint8Array, level = 6): ZipInput {
  // No SHA-256: the caller hashes what it signs, and a ZipInput does not carry one.
  const writer = new DeflatingWriter(level, false)
  writer.writeBytes(content)
  return deflatedInput(name, writer.finish())
}

export function storedEntry(name: string, content: Uint8Array): ZipInput {
  return { name, method: STORED, data: content, crc: crc32(content), size: content.length }
}

function localHeader(e: ZipInput, name: Buffer): Buffer {
  const h = Buffer.alloc(30)
  h.writeUInt32LE(ZIP_SIGNATURE.local, 0)
  h.writeUInt16LE(VERSION, 4)
  h.writeUInt16LE(UTF8_NAMES, 6)
  h.writeUInt16LE(e.method, 8)
  h.writeUInt16LE(0, 10)
  h.writeUInt16LE(DOS_DATE, 12)
  h.writeUInt32LE(e.crc >>> 0, 14)
  h.writeUInt32LE(e.data.length, 18)
  h.writeUInt32LE(e.size, 22)
  h.writeUInt16LE(name.length, 26)
  h.writeUInt16LE(0, 28)
  return h
}

function centralHeader(e: ZipInput, name: Buffer, offset: number): Buffer {
  const h = Buffer.alloc(46)
  h.writeUInt32LE(ZIP_SIGNATURE.central, 0)
  h.writeUInt16LE(VERSION, 4)
  h.writeUInt16LE(VERSION, 6)
  h.writeUInt16LE(UTF8_NAMES, 8)
  h.writeUInt16LE(e.method, 10)
  h.writeUInt16LE(0, 12)
  h.writeUInt16LE(DOS_DATE, 14)
  h.writeUInt32LE(e.crc >>> 0, 16)
  h.writeUInt32LE(e.data.length, 20)
  h.writeUInt32LE(e.size, 24)
  h.writeUInt16LE(name.length, 28)
  h.writeUInt32LE(offset, 42)
  return h
}

/**
 * The zip's layout, piece by piece in file order (headers, names, the entries' own bytes,
 * the directory, its end): written by writeZip, and compared in place by readZip.
 */
function zipParts(entries: readonly ZipInput[]): Uint8Array[] {
  const parts: Uint8Array[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const local = localHeader(e, name)
    central.push(centralHeader(e, name, offset), name)
    parts.push(local, name, e.data)
    offset += local.length + name.length + e.data.length
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(ZIP_SIGNATURE.end, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  parts.push(cd, end)
  return parts
}

/** The zip's bytes; entries are kept in the order given. */
export function writeZip(entries: ZipInput[]): Buffer {
  return Buffer.concat(zipParts(entries))
}

/**
 * Whether `buf` is exactly the canonical zip of its entries, compared part by part where it
 * lies: a copy of the whole (a province's package is ~140 MB) was made only to be compared.
 */
function isCanonical(buf: Buffer, entries: readonly ZipInput[]): boolean {
  let at = 0
  for (const part of zipParts(entries)) {
    if (at + part.length > buf.length) return false
    // An entry's bytes are `buf`'s own at this very offset (readZip's subarray): equal as they
    // lie, not compared with themselves (a province's persons entry is ~120 MB).
    const inPlace = part.buffer === buf.buffer && part.byteOffset === buf.byteOffset + at
    if (!inPlace && buf.compare(part, 0, part.length, at, at + part.length) !== 0) return false
    at += part.length
  }
  return at === buf.length
}

const SAFE_NAME = /^(manifest\.json|report\.json|signature|data\/[a-z][a-z0-9_]{0,62}\.ndjson)$/

/**
 * Entries of a package zip, checked: names first (a path out of data/, an absolute path or a
 * duplicate is refused by name), then sizes against PACKAGE_LIMITS, then the whole layout
 * against the canonical one. Nothing is inflated here.
 */
export function readZip(buf: Buffer): ZipEntryRead[] {
  const damaged = () => new PackageRefusal('damaged')
  const entries: ZipEntryRead[] = []
  const names = new Set<string>()
  let p = 0
  let total = 0
  while (p + 4 <= buf.length && buf.readUInt32LE(p) === ZIP_SIGNATURE.local) {
    if (p + 30 > buf.length) throw damaged()
    if (entries.length >= PACKAGE_LIMITS.maxEntries) throw new PackageRefusal('zipBomb')
    const method = buf.readUInt16LE(p + 8)
    const crc = buf.readUInt32LE(p + 14)
    const compressedSize = buf.readUInt32LE(p + 18)
    const size = buf.readUInt32LE(p + 22)
    const nameLength = buf.readUInt16LE(p + 26)
    const extraLength = buf.readUInt16LE(p + 28)
    if (p + 30 + nameLength > buf.length) throw damaged()
    const name = buf.toString('utf8', p + 30, p + 30 + nameLength)
    if (!SAFE_NAME.test(name)) throw new PackageRefusal('unsafeName', name)
    if (names.has(name)) throw new PackageRefusal('duplicateName', name)
    names.add(name)
    if (method !== STORED && method !== DEFLATED) throw damaged()
    const dataStart = p + 30 + nameLength + extraLength
    if (dataStart + compressedSize > buf.length) throw damaged()
    total += size
    const ratio = size / Math.max(1, compressedSize)
    if (
      size > PACKAGE_LIMITS.maxEntryBytes ||
      total > PACKAGE_LIMITS.maxTotalBytes ||
      (size > PACKAGE_LIMITS.minRatioCheckBytes && ratio > PACKAGE_LIMITS.maxCompressionRatio) ||
      (method === STORED && size !== compressedSize)
    ) {
      throw new PackageRefusal('zipBomb')
    }
    entries.push({
      name,
      method,
      crc,
      size,
      compressedSize,
      data: buf.subarray(dataStart, dataStart + compressedSize),
    })
    p = dataStart + compressedSize
  }
  if (entries.length === 0) throw damaged()
  if (!isCanonical(buf, entries)) throw damaged()
  return entries
}

/**
 * An entry's bytes, inflated by zlib with its output capped at the declared size (a lying zip
 * bomb is stopped there and never fills memory); the CRC checked at the end.
 */
export function inflateEntry(entry: ZipEntryRead): Buffer {
  let out: Buffer
  if (entry.method === STORED) {
    out = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength)
  } else {
    try {
      // One output chunk a byte larger than the declared size: zlib then ends the stream
      // inside it and hands it back as is. A chunk of exactly the size (or a capped one) makes
      // zlib go round again and Node copy the pieces into one more buffer of the whole entry
      // — at a city's 100 MB persons entry, a second copy in memory and ~5% of the import.
      // The size is bounded by readZip's limits and signed in the manifest.
      out = inflateRawSync(entry.data, {
        maxOutputLength: Math.max(1, entry.size),
        chunkSize: Math.max(entry.size + 1, 1 << 16),
      })
    } catch (e) {
      if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new PackageRefusal('zipBomb')
      }
      throw new PackageRefusal('damaged')
    }
  }
  if (out.length !== entry.size || crc32(out) >>> 0 !== entry.crc >>> 0) {
    throw new PackageRefusal('damaged')
  }
  return out
}
