/** 0 → A, 25 → Z, 26 → AA: a column as Excel names it. */
export function columnLetter(index: number): string {
  let n = Math.floor(index) + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** Excel's last column, XFD. */
const LAST_COLUMN = 16_384

/**
 * The column of a cell reference, counted from 1 as Excel does: "AB12" → 28, "c" → 3; 0 when
 * it starts with no letter. Past XFD it stops counting and answers some number above 16384,
 * so a hostile reference cannot grow it without bound.
 */
export function columnNumber(ref: string): number {
  let column = 0
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20 // lower case
    if (c < 0x61 || c > 0x7a) break
    column = column * 26 + (c - 0x60)
    if (column > LAST_COLUMN) return column
  }
  return column
}
