import iconv from 'iconv-lite'

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030'

/**
 * Decodes a text file whose encoding nobody wrote down. A byte-order mark decides; otherwise
 * bytes that are valid UTF-8 are UTF-8 (GBK text of any length almost never is), and the
 * rest is read as GB18030, the superset of the GBK that WPS and Excel on Chinese Windows
 * write. Never throws: bytes no encoding explains become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): {
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
  let utf8: string | null = null
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    return { text: iconv.decode(buf, 'gb18030'), encoding: 'GB18030', bom: false }
  }
  // Short GBK text can pass for UTF-8 by chance (位 is CE BB, which is UTF-8 for λ). A
  // Chinese roster in UTF-8 has characters above U+07FF; one with only Greek, Cyrillic and
  // the like, that reads as Chinese in GB18030, was GBK.
  if (/[\u0080-\u07ff]/.test(utf8) && !/[\u0800-\uffff]/.test(utf8)) {
    const gb = iconv.decode(buf, 'gb18030')
    if (!gb.includes('\ufffd') && /[\u4e00-\u9fff]/.test(gb)) {
      return { text: gb, encoding: 'GB18030', bom: false }
    }
  }
  return { text: utf8, encoding: 'UTF-8', bom: false }
}
