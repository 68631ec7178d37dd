import iconv from 'iconv-lite'

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030'

/** What the user may choose for a text file without a byte-order mark. */
export type ChosenEncoding = 'UTF-8' | 'GB18030'

/**
 * Decodes a text file whose encoding nobody wrote down. A byte-order mark decides; otherwise
 * the user's choice (the preview shows what was decided and lets it be changed); otherwise
 * validity: bytes that are valid UTF-8 are UTF-8 (GBK text of any length almost never is,
 * while accented or Cyrillic UTF-8 read as GBK is mojibake), and the rest is GB18030, the
 * superset of the GBK that WPS and Excel on Chinese Windows write. Never throws: bytes no
 * encoding explains become U+FFFD.
 */
export function decodeText(
  bytes: Uint8Array,
  chosen?: ChosenEncoding,
): {
  text: string
  encoding: TextEncoding
  bom: boolean
} {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.toString('utf8', 3), encoding: 'UTF-8', bom: true }
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: buf.toString('utf16le', 2), encoding: 'UTF-16LE', bom: true }
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf16-be'), encoding: 'UTF-16BE', bom: true }
  }
  if (chosen === 'GB18030')
    return { text: iconv.decode(buf, 'gb18030'), encoding: chosen, bom: false }
  if (chosen === 'UTF-8') return { text: buf.toString('utf8'), encoding: chosen, bom: false }
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(buf)
    return { text: utf8, encoding: 'UTF-8', bom: false }
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'GB18030', bom: false }
  }
}
