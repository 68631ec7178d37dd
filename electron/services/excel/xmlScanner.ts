import { SPREADSHEET_LIMITS } from './limits'

export type XmlProblem = 'entities' | 'hugeText' | null

const LT = 0x3c
const MARKERS = [Buffer.from('<!DOCTYPE'), Buffer.from('<!ENTITY')]
const BANG = Buffer.from('<!')
const OVERLAP = 9

/**
 * Watches the bytes of one XML part go by, chunk by chunk, for what no spreadsheet writer
 * produces and what would hurt a parser: a DTD (entity expansion, external entities) and a
 * text run far longer than any cell (a 5 MB "cell" held whole in memory).
 *
 * Long runs are found without looking at every byte: at every stride point it asks for the
 * next '<'. A run of 2·stride bytes without markup always contains a stride point with more
 * than a stride of text after it.
 */
export class XmlScanner {
  private readonly stride = SPREADSHEET_LIMITS.maxTextRunBytes
  private offset = 0
  private nextStride = 0
  /** A stride point whose next '<' has not been seen yet. */
  private open: number | null = null
  private tail = Buffer.alloc(0)

  push(chunk: Buffer): XmlProblem {
    // A marker inside the chunk, or one that began in the chunk before: only the few bytes
    // around the seam are joined, not the whole chunk copied.
    if (this.tail.length && hasMarker(Buffer.concat([this.tail, chunk.subarray(0, OVERLAP)])))
      return 'entities'
    if (hasMarker(chunk)) return 'entities'
    const recent = chunk.length >= OVERLAP ? chunk : Buffer.concat([this.tail, chunk])
    this.tail = Buffer.from(recent.subarray(Math.max(0, recent.length - OVERLAP)))

    const start = this.offset
    const end = start + chunk.length
    if (this.open !== null) {
      const first = chunk.indexOf(LT)
      const reach = first === -1 ? end : start + first
      if (reach - this.open > this.stride) return 'hugeText'
      if (first !== -1) this.open = null
    }
    while (this.nextStride < end) {
      const at = this.nextStride
      this.nextStride += this.stride
      if (this.open !== null) continue
      const next = chunk.indexOf(LT, at - start)
      if (next === -1) {
        this.open = at
        if (end - at > this.stride) return 'hugeText'
      } else if (start + next - at > this.stride) {
        return 'hugeText'
      }
    }
    this.offset = end
    return null
  }
}

/** Does a DTD or entity declaration start anywhere in `bytes`? (<!-- and <![CDATA[ are fine.) */
function hasMarker(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(BANG); at !== -1; at = bytes.indexOf(BANG, at + 2)) {
    for (const marker of MARKERS) {
      if (bytes.compare(marker, 0, marker.length, at, at + marker.length) === 0) return true
    }
  }
  return false
}
