const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const BATCH = 4096

/**
 * UUIDv7 for bulk inserts: the same layout as shared/ids/uuidv7, with random bytes fetched
 * 64 KiB at a time (one getRandomValues call per id cost more than the insert it keys).
 */
export function uuidv7Batch(): (now: number) => string {
  let pool = new Uint8Array(16 * BATCH)
  let used = BATCH
  return (now) => {
    if (used === BATCH) {
      pool = crypto.getRandomValues(pool)
      used = 0
    }
    const b = pool.subarray(used * 16, ++used * 16)
    let ms = now
    for (let i = 5; i >= 0; i--) {
      b[i] = ms % 256
      ms = Math.floor(ms / 256)
    }
    b[6] = 0x70 | (b[6]! & 0x0f)
    b[8] = 0x80 | (b[8]! & 0x3f)
    const h = (i: number) => HEX[b[i]!]!
    return `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`
  }
}
