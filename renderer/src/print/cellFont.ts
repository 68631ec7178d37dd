import { fitFontSize, textEms } from '../../../shared/documents/format'
import { MM_PER_PT } from '../../../shared/documents/geometry'

/** Line height of table text, as a multiple of the font size. */
export const CELL_LINE_HEIGHT = 1.2

/** Largest size (pt, in half points) at which `lines` lines fit in `heightMm`. */
function heightCap(heightMm: number, lines: number): number {
  return Math.floor(((heightMm - 1) / (lines * CELL_LINE_HEIGHT * MM_PER_PT)) * 2) / 2
}

/** Below this share of its size a line of text would rather wrap, if its cell allows. */
const WRAP_BELOW = 0.8
/** Numbers and dates never wrap (`1985.03.1` / `2` reads as another date): they shrink further. */
const NUMERIC_MIN_PT = 6
const HAS_CJK = /[\u2e80-\uffef]/

/**
 * How a cell's text fits a box of fixed size: rows never grow, so long text shrinks (to
 * `minPt`, then clips). One line with the model's fitFontSize; when that would shrink
 * Chinese text much and the box allows `maxLines` lines, wrapping is tried, leaving a tenth
 * of each line for uneven breaks, and the larger type wins.
 */
export function fitCell(
  text: string,
  box: { widthMm: number; heightMm: number },
  basePt: number,
  maxLines = 1,
  minPt = 7,
): { pt: number; lines: number } {
  const cjk = HAS_CJK.test(text)
  const floor = cjk ? minPt : Math.min(minPt, NUMERIC_MIN_PT)
  const oneCap = Math.max(floor, Math.min(basePt, heightCap(box.heightMm, 1)))
  const one = fitFontSize(text, box.widthMm, oneCap, floor)
  if (maxLines <= 1 || !cjk || one >= oneCap * WRAP_BELOW) return { pt: one, lines: 1 }
  const ems = textEms(text)
  // At the floor a single line may still not fit (it clips): then more lines win a tie.
  const oneFits = ems * one * MM_PER_PT <= box.widthMm - 3
  let best = { pt: one, lines: 1 }
  for (let lines = 2; lines <= maxLines; lines++) {
    const cap = Math.min(basePt, heightCap(box.heightMm, lines))
    const fits = (lines * (box.widthMm - 3) * 0.9) / (ems * MM_PER_PT)
    const pt = Math.max(minPt, Math.min(cap, Math.floor(fits * 2) / 2))
    if (pt > best.pt || (pt === best.pt && best.lines === 1 && !oneFits)) best = { pt, lines }
  }
  return best
}

/** Column widths (mm) for a table whose model gives only labels: by the widest text. */
export function autoColumnWidths(
  labels: readonly string[],
  rows: readonly (readonly string[])[],
  totalMm: number,
): number[] {
  const weights = labels.map((label, i) => {
    let widest = textEms(label)
    for (const r of rows) widest = Math.max(widest, textEms(r[i] ?? ''))
    return Math.min(18, Math.max(3, widest))
  })
  const sum = weights.reduce((a, b) => a + b, 0)
  let used = 0
  return weights.map((w, i) => {
    const mm =
      i === weights.length - 1
        ? Math.round((totalMm - used) * 10) / 10
        : Math.round((w / sum) * totalMm * 10) / 10
    used += mm
    return mm
  })
}
