/**
 * Full-width ASCII (U+FF01–U+FF5E) to ASCII, and the ideographic space U+3000 to a space.
 * Chinese input methods type ０-９, Ｘ and （） in full width; imported sheets are full of them.
 */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/

export function toHalfWidth(text: string): string {
  // Most text has none: a test is far cheaper than a replace that calls back.
  if (!FULL_WIDTH.test(text)) return text
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  )
}

/**
 * Whitespace as \s knows it (ASCII, NBSP, U+3000, tabs, line breaks, BOM) plus the zero-width
 * characters that web pages and WPS leave behind when text is pasted into a cell.
 */
export const ANY_SPACE = /[\s\u200B-\u200D\u2060]/g

/** Folds width and removes every kind of space: the key for matching short codes and names. */
export function compactText(text: string): string {
  return toHalfWidth(text).replace(ANY_SPACE, '')
}
