import { createHash, type Hash } from 'node:crypto'
import { constants, crc32, deflateRawSync } from 'node:zlib'

/** An entry deflated as it was written: its zip fields and the SHA-256 of what it holds. */
export interface DeflatedEntry {
  /** The raw deflate stream, as stored in the zip. */
  data: Buffer
  crc: number
  /** The content's length. */
  size: number
  sha256: string
}

/** Content gathered before a block is deflated: a few hundred KB of output each. */
const BLOCK_BYTES = 4 << 20

/**
 * One zip entry's content written a piece at a time and deflated a block at a time, so the
 * content is never held whole: a province's full package has a persons entry of ~1.1 GB,
 * which the export held as one buffer with every other table's (peak RSS 3.2 GB). Each
 * block is a deflate stream of its own ended by a sync flush (byte-aligned, not final), and
 * the last by a final block: back to back they are one valid raw deflate stream — what
 * pigz does — at the cost of the 32 KB window's first matches in each 4 MB block.
 * The CRC-32 and the SHA-256 the manifest signs are taken of each block as it goes.
 */
export class DeflatingWriter {
  private block = Buffer.allocUnsafe(BLOCK_BYTES)
  private used = 0
  private size = 0
  private crc = 0
  private readonly hash: Hash | null
  private readonly pieces: Buffer[] = []

  /** `hashed` false: no SHA-256 (sha256 is ''), for the bench's bare write, which signs nothing. */
  constructor(
    private readonly level = 6,
    hashed = true,
  ) {
    this.hash = hashed ? createHash('sha256') : null
  }

  /** Appends text as UTF-8. */
  writeText(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    this.roomFor(text.length * 3)
    this.used += this.block.write(text, this.used, 'utf8')
  }

  writeByte(byte: number): void {
    this.roomFor(1)
    this.block[this.used++] = byte
  }

  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > BLOCK_BYTES) {
      // Deflated where it lies: no copy of a large piece into a block.
      this.deflateBlock(constants.Z_SYNC_FLUSH)
      this.deflate(bytes, constants.Z_SYNC_FLUSH)
      return
    }
    this.roomFor(bytes.length)
    this.block.set(bytes, this.used)
    this.used += bytes.length
  }

  /** The entry; the writer is spent. */
  finish(): DeflatedEntry {
    this.deflateBlock(constants.Z_FINISH)
    const data = this.pieces.length === 1 ? this.pieces[0]! : Buffer.concat(this.pieces)
    this.pieces.length = 0
    return { data, crc: this.crc, size: this.size, sha256: this.hash?.digest('hex') ?? '' }
  }

  private roomFor(bytes: number): void {
    if (this.used + bytes <= this.block.length) return
    this.deflateBlock(constants.Z_SYNC_FLUSH)
    // A single piece larger than a block (one person's very long record) gets a block of its
    // own size, once.
    if (bytes > this.block.length) this.block = Buffer.allocUnsafe(bytes)
  }

  private deflateBlock(flush: number): void {
    if (this.used > 0 || flush === constants.Z_FINISH) {
      this.deflate(this.block.subarray(0, this.used), flush)
    }
    this.used = 0
    if (this.block.length > BLOCK_BYTES) this.block = Buffer.allocUnsafe(BLOCK_BYTES)
  }

  private deflate(content: Uint8Array, flush: number): void {
    this.crc = crc32(content, this.crc)
    this.hash?.update(content)
    this.size += content.length
    const out = deflateRawSync(content, {
      level: this.level,
      finishFlush: flush,
      chunkSize: Math.min(Math.max(content.length >> 2, 1 << 16), 1 << 24),
    })
    // zlib hands back a slice of its output chunk (or a join of several): copied to its own
    // length, so what the entry keeps is the compressed bytes, not a chunk per block.
    this.pieces.push(out.byteLength * 2 < out.buffer.byteLength ? Buffer.from(out) : out)
  }
}
