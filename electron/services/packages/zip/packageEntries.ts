import { createHash } from 'node:crypto'
import { crc32, createInflateRaw } from 'node:zlib'
import { releaseBytes } from '../../releaseBytes'
import { sha256Hex } from '../crypto/keys'
import { PackageRefusal } from '../refusal'
import { inflateEntry, STORED, type ZipEntryRead } from './packageZip'

/** zlib's output pieces when an entry is streamed: a few of the apply's decode blocks. */
const STREAM_PIECE = 1 << 20

/**
 * An entry this small is inflated at once on the reading thread: streamed on zlib's, each
 * piece was a wait for the other core, which on two cores the backup or the collector may
 * hold (a county's 5,000 persons: 2.7 MB, ~3 ms of inflating).
 */
const INFLATE_HERE_BELOW = 8 << 20

/**
 * The data entries of a verified package, by table, inflated only when read. Their compressed
 * bytes were checked against the signed manifest by the verify; the inflate, the CRC and the
 * content's own signed hash are checked here, when the apply reads an entry inside its
 * transaction — a mismatch is a PackageRefusal('damaged') that rolls the apply back. Inflating
 * every entry before the apply held all of them in memory at once (at a city ~150 MB beside
 * the transaction's pages) and read each entry's bytes twice; `stream` holds none of an
 * entry whole, and inflates on zlib's thread while the apply writes what came before.
 */
export class PackageEntries {
  private readonly pending = new Map<string, { entry: ZipEntryRead; sha256: string }>()
  private readonly read = new Map<string, Buffer>()
  /**
   * `zip`: the opened zip the entries lie in, when the caller gave it up (verifyPackage's
   * `fileGiven`): let go by `release` once every entry is read.
   */
  constructor(private zip: Buffer | null = null) {}
  /** A stored entry's content is a view of the zip: handed out, the zip is never let go. */
  private lent = false

  add(table: string, entry: ZipEntryRead, sha256: string): void {
    this.pending.set(table, { entry, sha256 })
  }

  has(table: string): boolean {
    return this.pending.has(table) || this.read.has(table)
  }

  /** The content's size as signed, without inflating it. */
  size(table: string): number {
    return this.pending.get(table)?.entry.size ?? this.read.get(table)?.length ?? 0
  }

  /** The entry's content, checked; kept for the next reader. */
  get(table: string): Buffer | undefined {
    const kept = this.read.get(table)
    if (kept) return kept
    const content = this.take(table)
    if (content) this.read.set(table, content)
    return content
  }

  /** The entry's content, checked, and let go: it is read once, by the apply. */
  take(table: string): Buffer | undefined {
    const kept = this.read.get(table)
    if (kept) {
      this.read.delete(table)
      return kept
    }
    const p = this.pending.get(table)
    if (!p) return undefined
    this.pending.delete(table)
    if (p.entry.method === STORED) this.lent = true
    const content = inflateEntry(p.entry)
    if (sha256Hex(content) !== p.sha256) throw new PackageRefusal('damaged')
    return content
  }

  /**
   * The entry's content in pieces as zlib inflates it, let go as read: its size, CRC and
   * signed hash are checked at the end (a PackageRefusal then), an inflate past the signed
   * size at once. Whoever reads it must not keep what it wrote from it unless the stream ends.
   */
  async *stream(table: string): AsyncGenerator<Buffer> {
    const kept = this.read.get(table)
    if (kept) {
      this.read.delete(table)
      yield kept
      return
    }
    const p = this.pending.get(table)
    if (!p) return
    if (p.entry.size < INFLATE_HERE_BELOW) {
      yield this.take(table)!
      return
    }
    this.pending.delete(table)
    const { entry } = p
    if (entry.method === STORED) this.lent = true
    const hash = createHash('sha256')
    let crc = 0
    let size = 0
    const pieces: Iterable<Buffer> | AsyncIterable<Buffer> =
      entry.method === STORED
        ? [Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength)]
        : createInflateRaw({ chunkSize: STREAM_PIECE }).end(entry.data)
    try {
      for await (const piece of pieces) {
        size += piece.length
        if (size > entry.size) throw new PackageRefusal('zipBomb')
        hash.update(piece)
        crc = crc32(piece, crc)
        yield piece
      }
    } catch (e) {
      // Else zlib's own: the deflated bytes do not inflate. (What the reader throws ends this
      // generator without passing through here.)
      throw e instanceof PackageRefusal ? e : new PackageRefusal('damaged')
    }
    if (size !== entry.size || crc >>> 0 !== entry.crc >>> 0 || hash.digest('hex') !== p.sha256) {
      throw new PackageRefusal('damaged')
    }
  }

  /** Checks every entry not read yet a piece at a time, as `stream` reads it, keeping none. */
  async checkStreaming(): Promise<void> {
    for (const table of [...this.pending.keys()])
      for await (const piece of this.stream(table)) void piece
  }

  /** Checks every entry not read yet, keeping none: so no byte of a package goes unchecked. */
  checkRest(): void {
    for (const table of [...this.pending.keys()]) this.take(table)
  }

  /**
   * Gives the opened zip's memory back (releaseBytes) once every entry has been read and none
   * is kept or lent: a province's is ~140 MB, which the apply's index build and commit and
   * the next call would otherwise carry until a mark-compact. Call when the reads are over
   * (their pieces let go); a zip still needed is kept.
   */
  release(): void {
    if (!this.zip || this.lent || this.pending.size || this.read.size) return
    releaseBytes(this.zip)
    this.zip = null
  }

  tables(): string[] {
    return [...new Set([...this.read.keys(), ...this.pending.keys()])]
  }
}
