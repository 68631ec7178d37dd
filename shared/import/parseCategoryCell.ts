import { CATEGORY_SUBFIELDS, findCategory, type CategoryCode } from '../codes/categories'
import { compactText, toHalfWidth } from '../text/halfWidth'

export interface ParsedCategories {
  categories: { code: CategoryCode; detail: string | null }[]
  /** Parts that matched no category, as written. */
  unknown: string[]
}

// Separators between categories, outside brackets: 律师、新媒体 / 律师,新媒体 / 律师 新媒体.
const SEPARATORS = /[、,;/|\s]+/
// What rosters append to a category word: 外企管理技术人员, 民企从业人员.
const SUFFIX = /(管理技术人员|管理人员|技术人员|从业人员|人员|人士)$/

/**
 * A 人员类别 cell → sub-group codes with their 细分领域. Accepts the names and short forms the
 * code list knows (律师, 新媒体, 外资企业), our own export form 中介组织从业人员（律师）, and the
 * words with a 人员/从业人员 suffix (外企管理技术人员). A word that is a 细分领域 of the category
 * it names (律师, 网络主播) is kept as its detail. Never throws.
 */
export function parseCategoryCell(raw: string | null | undefined): ParsedCategories {
  if (raw === null || raw === undefined) return { categories: [], unknown: [] }
  const text = String(raw)
  // A roster writes the same few category texts on every row: each is worked out once.
  let hit = memo.get(text)
  if (!hit) {
    if (memo.size >= MEMO_MAX) memo.clear()
    memo.set(text, (hit = parse(text)))
  }
  return { categories: hit.categories.map((c) => ({ ...c })), unknown: [...hit.unknown] }
}

const MEMO_MAX = 5000
const memo = new Map<string, ParsedCategories>()

function parse(raw: string): ParsedCategories {
  const out: ParsedCategories = { categories: [], unknown: [] }
  for (const part of splitOutsideBrackets(toHalfWidth(raw))) {
    const bracket = /^(.*?)\((.*)\)$/.exec(part)
    const word = compactText(bracket ? bracket[1]! : part)
    const given = bracket ? bracket[2]!.trim() || null : null
    if (!word) continue
    const hit = findCategory(word) ?? findCategory(word.replace(SUFFIX, ''))
    if (!hit) {
      out.unknown.push(part)
      continue
    }
    if (out.categories.some((c) => c.code === hit.code)) continue
    const detail = given ?? (isSubfieldOf(hit.code, word) ? word : null)
    out.categories.push({ code: hit.code, detail })
  }
  return out
}

function isSubfieldOf(code: string, word: string): boolean {
  return CATEGORY_SUBFIELDS.some((s) => s.category === code && s.name === word)
}

function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++
    if ((ch === ')' || ch === '）') && depth > 0) depth--
    if (depth === 0 && SEPARATORS.test(ch)) {
      if (current.trim()) parts.push(current.trim())
      current = ''
    } else {
      current += ch === '（' ? '(' : ch === '）' ? ')' : ch
    }
  }
  if (current.trim()) parts.push(current.trim())
  return parts
}
