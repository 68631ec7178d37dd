import { open, type FileHandle } from 'node:fs/promises'
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib'
import { ZIP_SIGNATURE } from './zipSignatures'

/** Bit 11: names are UTF-8. */
const UTF8_NAMES = 0x0800
const DEFLATE = 8
/** 2.0: deflate, no ZIP64. */
const VERSION = 20
/** 1980-01-01 00:00 in DOS time: the same stamp in every export, as a build is reproducible. */
const DOS_TIME = 0
const DOS_DATE = (0 << 9) | (1 << 5) | 1
/** Level 1 costs a tenth of level 6 on sheet XML, for files a fifth larger. */
const LEVEL = 1
const FLUSH_BYTES = 1 << 20

interface Written {
  name: Buffer
  offset: number
  crc: number
  compressedSize: number
  size: number
}

/** A part being written piece by piece; `write` waits while the file catches up. */
export interface ZipPartWriter {
  write(text: string): Promise<void>
  end(): Promise<void>
}

/**
 * Writes a zip (as an .xlsx is) to a file, one part after another: small parts whole, large
 * ones streamed through native deflate, each local header patched with its CRC and sizes when
 * the part ends — no data descriptors, so every reader, ours included, sees plain entries.
 * Below 4 GB (an export is tens of MB): no ZIP64.
 */
export class ZipWriter {
  private offset = 0
  private readonly entries: Written[] = []

  private constructor(private readonly file: FileHandle) {}

  static async create(path: string): Promise<ZipWriter> {
    return new ZipWriter(await open(path, 'wx'))
  }

  async add(name: string, content: string): Promise<void> {
    const data = Buffer.from(content, 'utf8')
    const compressed = deflateRawSync(data, { level: LEVEL })
    const entry = await this.begin(name)
    await this.append(compressed)
    await this.finishEntry(entry, crc32(data), compressed.length, data.length)
  }

  async part(name: string): Promise<ZipPartWriter> {
    const entry = await this.begin(name)
    const deflate = createDeflateRaw({ level: LEVEL })
    let crc = 0
    let size = 0
    let compressedSize = 0
    let pending: Buffer[] = []
    let pendingBytes = 0
    let failure: Error | null = null
    const chunks: Buffer[] = []
    deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
    deflate.on('error', (e) => (failure = e))
    const drain = async () => {
      while (chunks.length) {
        const chunk = chunks.shift()!
        compressedSize += chunk.length
        await this.append(chunk)
      }
      if (failure) throw failure
    }
    // One piece in zlib at a time, and the next one built meanwhile: waiting for each piece's
    // deflate before building the next left the main thread idle for all of zlib's time.
    let deflating = Promise.resolve()
    const push = async (data: Buffer) => {
      crc = crc32(data, crc)
      size += data.length
      await deflating
      await drain()
      deflating = new Promise<void>((resolve) => deflate.write(data, () => resolve()))
    }
    return {
      write: async (text) => {
        const data = Buffer.from(text, 'utf8')
        pending.push(data)
        pendingBytes += data.length
        if (pendingBytes < FLUSH_BYTES) return
        const joined = Buffer.concat(pending)
        pending = []
        pendingBytes = 0
        await push(joined)
      },
      end: async () => {
        if (pendingBytes) await push(Buffer.concat(pending))
        await deflating
        const ended = new Promise<void>((resolve) => deflate.once('end', resolve))
        deflate.end()
        await ended
        await drain()
        await this.finishEntry(entry, crc, compressedSize, size)
      },
    }
  }

  /** The central directory, and the file closed. */
  async close(): Promise<void> {
    const start = this.offset
    for (const e of this.entries) {
      const header = Buffer.alloc(46)
      header.writeUInt32LE(ZIP_SIGNATURE.central, 0)
      header.writeUInt16LE(VERSION, 4) // made by
      writeEntryFields(header, 6, e)
      header.writeUInt32LE(e.offset, 42)
      await this.append(Buffer.concat([header, e.name]))
    }
    const end = Buffer.alloc(22)
    end.writeUInt32LE(ZIP_SIGNATURE.end, 0)
    end.writeUInt16LE(this.entries.length, 8)
    end.writeUInt16LE(this.entries.length, 10)
    end.writeUInt32LE(this.offset - start, 12)
    end.writeUInt32LE(start, 16)
    await this.append(end)
    await this.file.close()
  }

  /** Closes the file after a failure; the caller removes it. */
  async abandon(): Promise<void> {
    await this.file.close().catch(() => undefined)
  }

  private async begin(name: string): Promise<Written> {
    const entry: Written = {
      name: Buffer.from(name, 'utf8'),
      offset: this.offset,
      crc: 0,
      compressedSize: 0,
      size: 0,
    }
    await this.append(Buffer.concat([this.localHeader(entry), entry.name]))
    return entry
  }

  private localHeader(e: Written): Buffer {
    const header = Buffer.alloc(30)
    header.writeUInt32LE(ZIP_SIGNATURE.local, 0)
    writeEntryFields(header, 4, e)
    return header
  }

  private async finishEntry(
    entry: Written,
    crc: number,
    compressedSize: number,
    size: number,
  ): Promise<void> {
    Object.assign(entry, { crc, compressedSize, size })
    await this.file.write(this.localHeader(entry), 0, 30, entry.offset)
    this.entries.push(entry)
  }

  private async append(data: Buffer): Promise<void> {
    if (!data.length) return
    await this.file.write(data, 0, data.length, this.offset)
    this.offset += data.length
  }
}

/**
 * The fields a local header and a directory record share, in the same order: version
 * needed, flags, method, time, date, CRC, sizes, name length.
 */
function writeEntryFields(header: Buffer, at: number, e: Written): void {
  header.writeUInt16LE(VERSION, at)
  header.writeUInt16LE(UTF8_NAMES, at + 2)
  header.writeUInt16LE(DEFLATE, at + 4)
  header.writeUInt16LE(DOS_TIME, at + 6)
  header.writeUInt16LE(DOS_DATE, at + 8)
  header.writeUInt32LE(e.crc, at + 10)
  header.writeUInt32LE(e.compressedSize, at + 14)
  header.writeUInt32LE(e.size, at + 18)
  header.writeUInt16LE(e.name.length, at + 22)
}
