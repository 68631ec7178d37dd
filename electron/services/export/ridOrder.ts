/**
 * A window of listed rids in rid order, and the place in that order of each listed one.
 * Each rid is packed with its list position into one float (rid × 2^bits + position: exact,
 * as rids are positive and below 2^31 — the list index holds them in an Int32Array — and a
 * window below 2^22), so one typed-array sort orders them with no comparator and no map; a
 * rid listed twice comes first at its earlier position.
 */
export function ridOrder(listed: readonly number[]): { sorted: Int32Array; placeOf: Uint32Array } {
  const n = listed.length
  const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)))
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = listed[i]! * scale + i
  keys.sort()
  const sorted = new Int32Array(n)
  const placeOf = new Uint32Array(n)
  for (let place = 0; place < n; place++) {
    const at = keys[place]! % scale
    sorted[place] = (keys[place]! - at) / scale
    placeOf[at] = place
  }
  return { sorted, placeOf }
}
