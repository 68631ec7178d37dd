import { seqListMessages as msg } from '../i18n/activities'
import { toHalfWidth } from '../text/halfWidth'

export interface SeqIssue {
  /** Position of the item in what was typed, counted from 1. */
  item: number
  /** The item as typed. */
  text: string
  message: string
}

export interface SeqList {
  /** Every 序号 named, ascending, each once. Empty when there are issues. */
  seqs: number[]
  issues: SeqIssue[]
  /** Numbers named more than once (merged, not an error). */
  duplicates: number[]
}

// Dashes people type for a range: ASCII and full-width hyphen, en/em dashes, tildes, 至/到.
const DASH = '\\-－‐‑–—―~～〜至到'
const AROUND_DASH = new RegExp(`\\s*([${DASH}])\\s*`, 'g')
const SEPARATORS = /[,，;；、\s]+/
const ANY_DASH = new RegExp(`[${DASH}]`, 'g')

/**
 * Reads the 序号 typed from a printed sign-in sheet: `1-12，15、18` → 1…12, 15, 18. Accepts
 * full-width digits and punctuation, spaces, ranges written either way round (`12-1`), and
 * repeats. Every bad item is reported with its position and text, and so is every number
 * beyond `count` (the rows on the sheet) — then nothing is returned, so nothing half-applies.
 */
export function parseSeqList(text: string, count: number): SeqList {
  const items = text.trim().replace(AROUND_DASH, '$1').split(SEPARATORS).filter(Boolean)
  if (items.length === 0)
    return { seqs: [], issues: [{ item: 0, text: '', message: msg.empty }], duplicates: [] }

  const issues: SeqIssue[] = []
  const ranges: [number, number][] = []
  items.forEach((raw, i) => {
    const item = i + 1
    const m = /^(\d+)(?:-(\d+))?$/.exec(toHalfWidth(raw).replace(ANY_DASH, '-'))
    if (!m) return issues.push({ item, text: raw, message: msg.notANumber(item, raw) })
    const a = Number(m[1])
    const b = m[2] === undefined ? a : Number(m[2])
    const [lo, hi] = a <= b ? [a, b] : [b, a]
    if (lo < 1) return issues.push({ item, text: raw, message: msg.zero(item, raw) })
    if (hi > count) return issues.push({ item, text: raw, message: msg.beyond(item, raw, count) })
    ranges.push([lo, hi])
  })
  if (issues.length) return { seqs: [], issues, duplicates: [] }

  // Ranges are bounded by count, so marking a table of count entries is cheap.
  const hits = new Uint8Array(count + 1)
  const duplicates = new Set<number>()
  for (const [lo, hi] of ranges) {
    for (let n = lo; n <= hi; n++) {
      if (hits[n]) duplicates.add(n)
      else hits[n] = 1
    }
  }
  const seqs: number[] = []
  for (let n = 1; n <= count; n++) if (hits[n]) seqs.push(n)
  return { seqs, issues, duplicates: [...duplicates].sort((x, y) => x - y) }
}

/** `1、2、3、5` → `1-3、5`: how duplicates and selections read back to people. */
export function formatSeqList(seqs: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < seqs.length;) {
    let j = i
    while (j + 1 < seqs.length && seqs[j + 1] === seqs[j]! + 1) j++
    parts.push(j > i ? `${seqs[i]}-${seqs[j]}` : String(seqs[i]))
    i = j + 1
  }
  return parts.join('、')
}
