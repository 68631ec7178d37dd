/** Slots at first: grown by doubling, never more than half full. */
const FIRST_SLOTS = 1 << 12

/**
 * The ids an apply has read so far, as 32-bit hashes: "maybe seen" or "certainly not". A Set
 * of the strings held every id of a province's package (~90 MB at a million persons); this
 * holds 4–8 bytes per id. A false "maybe" (two ids of one hash: about a hundred among a
 * million) only costs its caller an exact look-up — whoever needs an exact answer asks the
 * database or keeps the few ids it needs itself (AbsentRows).
 */
export class SeenIds {
  private slots = new Uint32Array(FIRST_SLOTS)
  private count = 0

  /** Records `id`; true when it may have been recorded before. */
  add(id: string): boolean {
    const h = hashOf(id)
    const found = this.slotOf(h)
    if (this.slots[found] === h) return true
    this.slots[found] = h
    if (++this.count * 2 > this.slots.length) this.grow()
    return false
  }

  /** The slot holding `h`, or the empty one where it would go (0 marks an empty slot). */
  private slotOf(h: number): number {
    const mask = this.slots.length - 1
    let i = h & mask
    while (this.slots[i] !== 0 && this.slots[i] !== h) i = (i + 1) & mask
    return i
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Uint32Array(old.length * 2)
    for (const h of old) if (h !== 0) this.slots[this.slotOf(h)] = h
  }
}

/** FNV-1a over the UTF-16 code units, mixed (murmur3's finalizer), never 0. */
function hashOf(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  h = (h ^ (h >>> 16)) >>> 0
  return h === 0 ? 1 : h
}
