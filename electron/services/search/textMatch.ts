import { ftsPhrase, parseQuery } from './parseQuery'

/** Which of a pair of FTS tables (trigram, single characters) answers a text, and how. */
export interface TextMatch {
  index: 'tri' | 'chars'
  phrase: string
}

/**
 * A substring search as an FTS phrase, the way the persons search splits it: 3+ characters
 * to the trigram index, shorter texts to the single-character one (trigrams find nothing
 * below 3). Null for a text with nothing to search.
 */
export function textMatch(raw: string | null | undefined): TextMatch | null {
  const q = parseQuery(raw)
  if (q.kind === 'empty') return null
  const chars = q.kind === 'text' ? q.chars : [...q.text]
  return chars.length >= 3
    ? { index: 'tri', phrase: ftsPhrase(q.text) }
    : { index: 'chars', phrase: ftsPhrase(chars.join(' ')) }
}
