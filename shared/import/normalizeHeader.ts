import { toHalfWidth } from '../text/halfWidth'
import { cellText, type RawCell } from './rawCell'

// Marks offices put on headers: required stars, colons, numbering like 1. or ①.
const DECORATION = /^[*＊※★☆]+|[*＊※★☆:：]+$/g
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/g
const PARENTHESIZED = /[(（[【][^)）\]】]*[)）\]】]/g

/**
 * A header cell as typed → the key synonyms are looked up by: half width, no spaces or line
 * breaks (身份\n证号, 姓、名 with an ideographic space between), no required-field stars, Latin letters in lower case.
 * Never throws, whatever the cell holds.
 */
export function normalizeHeader(raw: unknown): string {
  // Only what a reader can hand over has text; anything else is an empty header.
  const text = cellText(raw as RawCell)
  return toHalfWidth(text).replace(SPACES, '').replace(DECORATION, '').toLowerCase()
}

/**
 * The same key with parenthesized remarks removed: 身份证号(18位) → 身份证号,
 * 出生年月（格式1985.03） → 出生年月. Tried after the whole text, because some of our own labels
 * carry parentheses (乡镇（街道）).
 */
export function headerWithoutRemarks(key: string): string {
  return key.replace(PARENTHESIZED, '').replace(DECORATION, '')
}
