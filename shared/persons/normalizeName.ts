import { toHalfWidth } from '../text/halfWidth'

// Spaces typed between Chinese characters (张 三) are noise; between Latin words they matter.
const BETWEEN_CJK = /(?<=[\p{Script=Han}·])\s+(?=[\p{Script=Han}·])/gu

/** A person's name as typed → as stored: trimmed, single spaces, none between characters. */
export function normalizePersonName(raw: string | null | undefined): string {
  if (!raw) return ''
  return toHalfWidth(String(raw))
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BETWEEN_CJK, '')
}
