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

/** The text reversed by code point, so that a suffix search becomes an index prefix search. */
export function reversed(text: string | null | undefined): string | null {
  if (!text) return null
  // ID numbers and phone digits, twice per person written: a loop over UTF-16 units costs a
  // fraction of spreading into an array. A surrogate pair keeps its two units in order.
  let out = ''
  for (let i = text.length - 1; i >= 0; i--) {
    const unit = text.charCodeAt(i)
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1)
      if (high >= 0xd800 && high <= 0xdbff) {
        out += text[i - 1]! + text[i]!
        i--
        continue
      }
    }
    out += text[i]!
  }
  return out
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
  return charsDocument([name, ...(formerNames ?? '').split(/[、,，;；/／|｜]+/)])
}

/** Texts as one token per character, a barrier between texts so no phrase spans two. */
export function charsDocument(parts: readonly string[]): string {
  return parts
    .map((part) => [...part].filter((ch) => ch.trim() !== '').join(' '))
    .filter((doc) => doc !== '')
    .join(` ${NAME_BARRIER} `)
}
