import { toHalfWidth } from '../../../shared/text/halfWidth'

/** What a search box text is, which decides which indexes answer it. */
export type ParsedQuery =
  | { kind: 'empty' }
  /** Digits (an ID may end in X): phone and ID-number tails, whole numbers. */
  | { kind: 'digits'; text: string }
  /** Latin letters only: pinyin initials (zs) or spelling (zhangsan, zhangs). */
  | { kind: 'pinyin'; text: string }
  /** Anything else: characters of names, former names, employers. */
  | { kind: 'text'; text: string; chars: string[] }

export function parseQuery(raw: string | null | undefined): ParsedQuery {
  const text = toHalfWidth(raw ?? '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (!text) return { kind: 'empty' }
  const compact = text.replace(/[\s\-']/g, '')
  if (/^\d+[xX]?$/.test(compact)) return { kind: 'digits', text: compact.toUpperCase() }
  if (/^[a-zA-Z]+$/.test(compact)) return { kind: 'pinyin', text: compact.toLowerCase() }
  const chars = [...text].filter((ch) => ch.trim() !== '')
  return { kind: 'text', text, chars }
}

/** An FTS5 phrase: the text in double quotes, quotes inside doubled, so nothing is syntax. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`
}

/** The smallest string greater than every string starting with `prefix` (for index ranges). */
export function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`
}
