import type { DocColumn } from './columns'
import { textEms } from './format'
import { CELL_PAD_X_MM, emsAcross } from './wrapText'

/** A column of a table whose width comes from what it holds. */
export interface ContentColumnSpec {
  key: string
  label: string
  align?: DocColumn['align']
  /** Never wraps: numbers, dates, codes (`1985.03.1` / `2` would read as another date). */
  noWrap?: boolean
  /** Room the column needs whatever its text, e.g. for a handwritten signature. */
  minMm?: number
}

/** Text up to this wide stays on one line; wider text wraps in the room left over. */
const SHORT_EMS = 7
/**
 * Lines a wrapping column is allowed at most (its minimum width holds its longest text in
 * that many lines): up to three at each size, largest size first, then four, then more,
 * and at last only its label.
 */
const LINE_STEPS = [[2, 3], [4], [6, Infinity]]

/** Width (mm) a cell needs to hold `ems` on one line at `pt`. */
function widthFor(ems: number, pt: number): number {
  if (ems === 0) return 2 * CELL_PAD_X_MM
  // emsAcross is linear in the width once the padding is off: invert it.
  const perMm = emsAcross(2 * CELL_PAD_X_MM + 1, pt)
  return 2 * CELL_PAD_X_MM + ems / perMm + 0.2
}

interface Need {
  /** One line of its widest text (label included). */
  max: number
  /** Least it may get: its label on one line, or all of it when it does not wrap. */
  min: number
  wraps: boolean
}

function needs(
  specs: readonly ContentColumnSpec[],
  rows: readonly (readonly string[])[],
  pt: number,
  maxLines: number,
): Need[] {
  return specs.map((c, i) => {
    let widest = 0
    for (const r of rows) widest = Math.max(widest, textEms(r[i] ?? ''))
    const label = widthFor(textEms(c.label), pt)
    const max = Math.max(label, widthFor(widest, pt), c.minMm ?? 0)
    const wraps = !c.noWrap && widest > SHORT_EMS
    const inLines = Number.isFinite(maxLines) ? widthFor(Math.ceil(widest / maxLines), pt) : 0
    return { max, min: wraps ? Math.max(label, c.minMm ?? 0, inLines) : max, wraps }
  })
}

/**
 * Shares `totalMm` out: columns that do not wrap get their text's width; the wrapping ones
 * share what is left in proportion to their longest text (so they need about as many lines
 * each), none below its minimum nor above one line of its longest text; what is still left
 * widens every column alike. Answers null when the minimums alone do not fit.
 */
function share(list: readonly Need[], totalMm: number): number[] | null {
  const widths = list.map((n) => (n.wraps ? 0 : n.max))
  let open = list.map((n, i) => (n.wraps ? i : -1)).filter((i) => i >= 0)
  const minSum = list.reduce((s, n) => s + n.min, 0)
  if (minSum > totalMm + 1e-6) return null
  let free = totalMm - widths.reduce((a, b) => a + b, 0)
  while (open.length) {
    const weight = open.reduce((s, i) => s + list[i]!.max, 0)
    const fixed = open.filter((i) => {
      const want = (free * list[i]!.max) / weight
      return want < list[i]!.min || want > list[i]!.max
    })
    if (fixed.length === 0) {
      for (const i of open) widths[i] = (free * list[i]!.max) / weight
      free = 0
      break
    }
    for (const i of fixed) {
      const want = (free * list[i]!.max) / weight
      widths[i] = want < list[i]!.min ? list[i]!.min : list[i]!.max
    }
    free -= fixed.reduce((s, i) => s + widths[i]!, 0)
    open = open.filter((i) => !fixed.includes(i))
  }
  if (free > 0) {
    const sum = widths.reduce((a, b) => a + b, 0)
    return widths.map((w) => w + (free * w) / sum)
  }
  return widths
}

/** To 0.1 mm, the last column taking the rounding so the widths add up to the total. */
function rounded(widths: readonly number[], totalMm: number): number[] {
  let used = 0
  return widths.map((w, i) => {
    const mm =
      i === widths.length - 1 ? Math.round((totalMm - used) * 10) / 10 : Math.round(w * 10) / 10
    used += mm
    return mm
  })
}

/**
 * Column widths from what the columns hold, at the largest of `sizesPt` (largest first) and
 * the fewest lines of wrapped text at which every column gets its minimum; when none does, widths in proportion to the
 * minimums at the smallest size (labels then wrap too). Answers the columns and the size.
 */
export function fitColumns(
  specs: readonly ContentColumnSpec[],
  rows: readonly (readonly string[])[],
  totalMm: number,
  sizesPt: readonly number[],
): { columns: DocColumn[]; pt: number } {
  const make = (widths: readonly number[]) =>
    rounded(widths, totalMm).map((w, i) => ({
      key: specs[i]!.key,
      label: specs[i]!.label,
      widthMm: w,
      align: specs[i]!.align ?? 'center',
    }))
  for (const lineSet of LINE_STEPS) {
    for (const pt of sizesPt) {
      for (const lines of lineSet) {
        const widths = share(needs(specs, rows, pt, lines), totalMm)
        if (widths) return { columns: make(widths), pt }
      }
    }
  }
  const pt = sizesPt[sizesPt.length - 1]!
  const mins = needs(specs, rows, pt, Infinity).map((n) => n.min)
  const sum = mins.reduce((a, b) => a + b, 0)
  return { columns: make(mins.map((m) => (m * totalMm) / sum)), pt }
}
