import { SPREADSHEET_LIMITS } from './limits'

export type XmlProblem = 'entities' | 'hugeText' | null

const LT = 0x3c
const MARKERS = [Buffer.from('<!DOCTYPE'), Buffer.from('<!ENTITY')]
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
    const joined = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk
    for (const marker of MARKERS) if (joined.includes(marker)) return 'entities'
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - OVERLAP)))

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
