import { pinyin } from 'pinyin-pro'

export interface NamePinyin {
  /** Full spelling without tones or separators: 张三 → zhangsan, 吕 → lv. */
  full: string
  /** First letter of each syllable: 张三 → zs. */
  initials: string
}

/**
 * Pinyin keys of a person's name. The first character is read as a surname (曾 → zeng,
 * 单 → shan, 解 → xie, 区 → ou, 仇 → qiu), ü is typed v. Characters without a reading (rare
 * ideographs like 𠀀) contribute nothing: they are found through the character index instead.
 */
export function namePinyin(name: string): NamePinyin {
  if (!name) return { full: '', initials: '' }
  const syllables = pinyin(name, { surname: 'head', toneType: 'none', type: 'array', v: true })
  let full = ''
  let initials = ''
  for (const s of syllables) {
    const letters = s.toLowerCase().replace(/[^a-z]/g, '')
    if (!letters) continue
    full += letters
    initials += letters[0]
  }
  return { full, initials }
}

/** Character codes of texts up to this long are reversed into a reused array. */
const REVERSE_IN_PLACE_MAX = 64
const reverseCodes: number[][] = []

/** The text reversed by code point, so that a suffix search becomes an index prefix search. */
export function reversed(text: string | null | undefined): string | null {
  if (!text) return null
  // ID numbers and phone digits, twice per person written: the codes go into an array kept
  // per length and become one string, where appending unit by unit left a string per unit
  // (and, past 13 units, a chain the database binding had to flatten) for the collector.
  // A surrogate pair keeps its two units in order.
  const n = text.length
  if (n > REVERSE_IN_PLACE_MAX) return Array.from(text).reverse().join('')
  const codes = (reverseCodes[n] ??= new Array<number>(n))
  let at = 0
  for (let i = n - 1; i >= 0; i--) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1)
      if (high >= 0xd800 && high <= 0xdbff) {
        codes[at++] = high
        codes[at++] = unit
        i--
        continue
      }
    }
    codes[at++] = unit
  }
  return String.fromCharCode.apply(null, codes)
}

/** Digits (and X) of a phone number, for tail search: 0571-88888888 → 057188888888. */
export function phoneDigits(phone: string | null | undefined): string | null {
  if (!phone) return null
  const digits = phone.replace(/\D/g, '')
  return digits || null
}

/**
 * A token no search can produce (queries become single-character tokens), set between the
 * name and each former name so that a phrase cannot match across them (张三 + 李四 ≠ 三李).
 */
export const NAME_BARRIER = '00'

/** The single-character document of the name index: 张三 + 张叁 → 张 三 00 张 叁. */
export function nameCharsDocument(name: string, formerNames: string | null | undefined): string {
  return charsDocument(formerNames ? [name, ...formerNames.split(/[、,，;；/／|｜]+/)] : [name])
}

/**
 * Texts as one token per character, a barrier between texts so no phrase spans two. Plain
 * loops: a bulk write makes a million of these, and the array per text and per character
 * cost more than the document.
 */
export function charsDocument(parts: readonly string[]): string {
  let doc = ''
  for (const part of parts) {
    let text = ''
    // By code point, as the tokenizer reads them; whitespace is no token.
    for (const ch of part) if (ch.trim() !== '') text = text === '' ? ch : `${text} ${ch}`
    if (text !== '') doc = doc === '' ? text : `${doc} ${NAME_BARRIER} ${text}`
  }
  return doc
}
