/** Birth dates not filled in sort after every real one. */
export const UNKNOWN_BIRTH = 1e9

/**
 * An integer that orders like the pinyin spelling: its first 11 letters in base 27 (27^11 <
 * 2^53). Longer spellings that share 11 letters tie and fall back to rid order.
 */
export function pinyinKey(py: string): number {
  let k = 0
  for (let i = 0; i < 11; i++) {
    const c = i < py.length ? py.charCodeAt(i) - 96 : 0
    k = k * 27 + (c >= 1 && c <= 26 ? c : 0)
  }
  return k
}
