const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g
// OOXML writes characters XML cannot carry (a carriage return in a cell) as _x000D_.
const ESCAPED_CHAR = /_x([0-9a-fA-F]{4})_/g

/**
 * The text of an XML text node or attribute as a spreadsheet part writes it: the five named
 * entities, character references and OOXML's _xHHHH_ escapes. A DTD never gets this far
 * (zipInspect refuses it), so no other entity can exist; an unknown one stays as written.
 */
export function decodeXmlText(raw: string): string {
  let text = raw
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity)
  if (text.includes('_x')) text = text.replace(ESCAPED_CHAR, decodeEscape)
  return text
}

function decodeEntity(whole: string, body: string): string {
  if (body.charCodeAt(0) !== 0x23) return NAMED[body] ?? whole
  const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
}

function decodeEscape(_whole: string, hex: string): string {
  return String.fromCharCode(parseInt(hex, 16))
}

/** The value of one attribute inside a tag's attribute text, decoded; undefined when absent. */
export function xmlAttribute(attributes: string, name: string): string | undefined {
  // Names are matched whole: ` r="` must not find ` ref="`.
  const key = ` ${name}="`
  let at = attributes.indexOf(key)
  if (at === -1) {
    const loose = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])`).exec(attributes)
    if (!loose) return undefined
    const end = attributes.indexOf(loose[1]!, loose.index + loose[0].length)
    return decodeXmlText(
      attributes.slice(loose.index + loose[0].length, end === -1 ? undefined : end),
    )
  }
  at += key.length
  const end = attributes.indexOf('"', at)
  return decodeXmlText(attributes.slice(at, end === -1 ? undefined : end))
}
