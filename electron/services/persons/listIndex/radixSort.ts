const BITS = 14
const RADIX = 1 << BITS

/**
 * Stable LSD radix sort of slots by an integer key below 2^53. Slots given in ascending rid
 * order come out ordered by (key, rid): what SortOrder keeps. At a million rows this takes
 * tens of milliseconds where a comparator sort takes a second.
 */
export function radixSortSlots(slots: Int32Array, key: Float64Array): Int32Array {
  let max = 0
  for (let i = 0; i < slots.length; i++) if (key[slots[i]!]! > max) max = key[slots[i]!]!
  // Two scratch buffers: the input is shared by several orders and must stay as it is.
  let from: Int32Array = slots
  let to: Int32Array = new Int32Array(slots.length)
  const other = new Int32Array(slots.length)
  const counts = new Int32Array(RADIX)
  for (let divisor = 1; divisor <= max; divisor *= RADIX) {
    counts.fill(0)
    for (let i = 0; i < from.length; i++)
      counts[Math.floor(key[from[i]!]! / divisor) & (RADIX - 1)]!++
    let sum = 0
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d]!
      counts[d] = sum
      sum += c
    }
    for (let i = 0; i < from.length; i++) {
      const s = from[i]!
      to[counts[Math.floor(key[s]! / divisor) & (RADIX - 1)]!++] = s
    }
    const done = to
    to = from === slots ? other : from
    from = done
  }
  return from === slots ? Int32Array.from(slots) : from
}
