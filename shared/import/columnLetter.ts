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
