import { textEms } from './format'
import { MM_PER_PT } from './geometry'

/**
 * Text broken into lines the way a printed cell shows it. The print models use it to size
 * rows and count pages, the print views to draw the very same lines, so what the model
 * measured is what lands on paper: rows grow to hold their text and nothing is clipped.
 */

/** Line height of cell text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25
/** Cell padding: 1.5 mm each side, 1 mm above and below. */
export const CELL_PAD_X_MM = 1.5
export const CELL_PAD_Y_MM = 1
/**
 * Share of the measured width a line may fill: glyph widths vary between fonts (SimSun,
 * Noto Serif CJK) and Latin letters are estimated, so a line never runs to the very edge.
 */
const FILL = 0.94

/** Millimetres one line of `pt` type takes. */
export function lineMm(pt: number): number {
  return pt * MM_PER_PT * LINE_HEIGHT
}

/** Height of a cell holding `lines` lines of `pt` type. */
export function cellHeightMm(lines: number, pt: number): number {
  return lines * lineMm(pt) + 2 * CELL_PAD_Y_MM
}

/** How many em of `pt` type fit across a cell `widthMm` wide (its padding taken off). */
export function emsAcross(widthMm: number, pt: number, padXMm = CELL_PAD_X_MM): number {
  return ((widthMm - 2 * padXMm) * FILL) / (pt * MM_PER_PT)
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[\u{20000}-\u{3fffd}]/u
/** Punctuation that never starts a line (GB/T 15834 line-breaking): it stays with what precedes. */
const NO_LINE_START = /^[、，。；：！？）》」』】〕〉”’,.;:!?)\]}%·…—]/
/** Punctuation that never ends a line: it goes with what follows. */
const NO_LINE_END = /[（《「『【〔〈“‘([{]$/

/**
 * Pieces a line may break between: each CJK character on its own, Latin words and numbers
 * whole, spaces on their own; closing punctuation glued to the piece before it, opening
 * punctuation to the piece after it.
 */
function pieces(text: string): string[] {
  const out: string[] = []
  let word = ''
  const flush = () => {
    if (word) out.push(word)
    word = ''
  }
  for (const ch of text) {
    if (NO_LINE_START.test(ch) && (word || out.length)) {
      if (word) word += ch
      else out[out.length - 1] += ch
      continue
    }
    const opened = !word && out.length > 0 && NO_LINE_END.test(out[out.length - 1]!)
    if (opened && ch !== ' ') {
      // Reopen the piece that ended on an opening bracket so it breaks with what follows.
      word = out.pop()! + ch
      if (CJK.test(ch)) flush()
    } else if (CJK.test(ch) || ch === ' ') {
      flush()
      out.push(ch)
    } else word += ch
  }
  flush()
  return out
}

/** A piece wider than a whole line (a long code or address without spaces) is cut. */
function splitWide(piece: string, capEms: number): string[] {
  const out: string[] = []
  let cur = ''
  for (const ch of piece) {
    if (cur && textEms(cur + ch) > capEms) {
      out.push(cur)
      cur = ''
    }
    cur += ch
  }
  if (cur) out.push(cur)
  return out
}

function greedy(parts: readonly string[], capEms: number): string[] {
  const lines: string[] = []
  let cur = ''
  for (const piece of parts) {
    if (cur && textEms(cur + piece) > capEms) {
      lines.push(cur.trimEnd())
      cur = piece === ' ' ? '' : piece
    } else cur += piece
  }
  if (cur || lines.length === 0) lines.push(cur.trimEnd())
  return lines
}

/**
 * The same pieces on exactly `n` lines of at most `capEms`, each line as close as it gets to
 * an even share of what is left; null when they do not go into `n` lines that way.
 */
function evenLines(
  parts: readonly string[],
  n: number,
  capEms: number,
  /** Fill each line up to its share (true) rather than stop nearest to it. */
  fill: boolean,
): string[] | null {
  const widths = parts.map(textEms)
  let left = widths.reduce((a, b) => a + b, 0)
  const lines: string[] = []
  let i = 0
  for (let line = 0; line < n; line++) {
    while (parts[i] === ' ') left -= widths[i++]!
    const target = left / (n - line)
    let cur = ''
    let used = 0
    while (i < parts.length) {
      const next = used + widths[i]!
      if (cur && next > capEms) break
      const past = fill ? used >= target : Math.abs(next - target) > Math.abs(used - target)
      if (cur && line < n - 1 && past) break
      cur += parts[i]
      used = next
      i++
    }
    left -= used
    lines.push(cur.trimEnd())
  }
  return i === parts.length ? lines : null
}

/**
 * Breaks one paragraph into lines of at most `capEms`, balanced: the same number of lines
 * greedy breaking needs, but as even as they go, so no line is left with one stray character
 * (民营企业管理技术人/员 becomes 民营企业管/理技术人员).
 */
function breakParagraph(text: string, capEms: number): string[] {
  const parts = pieces(text).flatMap((p) => (textEms(p) > capEms ? splitWide(p, capEms) : [p]))
  const lines = greedy(parts, capEms)
  if (lines.length < 2) return lines
  return (
    evenLines(parts, lines.length, capEms, false) ??
    evenLines(parts, lines.length, capEms, true) ??
    lines
  )
}

/** The lines `text` takes in a cell `widthMm` wide at `pt`; line breaks in the text are kept. */
export function wrapText(text: string, widthMm: number, pt: number, padXMm?: number): string[] {
  const cap = Math.max(1, emsAcross(widthMm, pt, padXMm))
  return text.split('\n').flatMap((p) => breakParagraph(p, cap))
}
