import type { AdoptionHow, SuggestionLevel, SuggestionStatus } from '../../contract/suggestions'
import { ledgerCellText } from '../../i18n/suggestionImport'
import { suggestionLevelNames } from '../../i18n/suggestions'
import { compactText, toHalfWidth } from '../../text/halfWidth'

/** A person named in the 提交人 cell, as written; the lead is the one marked (牵头) or the first. */
export interface NamedSubmitter {
  name: string
  isLead: boolean
}

const NAME_SEPARATORS = /[、，,；;／/|\n\r\t]+/
const LEAD_MARK = /[(（](牵头|执笔|主笔|第一作者)[)）]|[*＊]$/
const OTHER_MARK = /[(（][^)）]*[)）]/g
/** Cells offices fill when there is nothing to say. */
const NOTHING = /^(无|没有|否|暂无|未|—+|-+|\/|／)$/

export function isNothing(text: string): boolean {
  return !compactText(text) || NOTHING.test(compactText(text))
}

/** 张三、李四（牵头） → two names, 李四 leading. Empty when the cell names nobody. */
export function splitSubmitters(text: string): NamedSubmitter[] {
  if (isNothing(text)) return []
  const parts = toHalfWidth(text)
    .replace(/[(（](牵头|执笔|主笔|第一作者)[)）]/g, (m) => `${m} `)
    .split(NAME_SEPARATORS)
    .flatMap(splitOnSpaces)
    .filter(Boolean)
  const out: NamedSubmitter[] = []
  for (const part of parts) {
    const isLead = LEAD_MARK.test(part)
    const name = part.replace(LEAD_MARK, '').replace(OTHER_MARK, '').trim()
    // (牵头) split off as its own word marks the name before it.
    if (!name) {
      if (isLead && out.length) out[out.length - 1]!.isLead = true
      continue
    }
    out.push({ name, isLead })
  }
  if (out.length && !out.some((s) => s.isLead)) out[0]!.isLead = true
  return out
}

/**
 * 张三 李四 is two names; 张  三 (a two-character name padded to line up with longer ones) is
 * one.
 */
function splitOnSpaces(part: string): string[] {
  const words = part.trim().split(/\s+/)
  if (words.length > 1 && words.every((w) => /^\p{Script=Han}$/u.test(w))) return [words.join('')]
  return words
}

/** 工作单位 of several submitters, in their order: 甲公司、乙律所. */
export function splitEmployers(text: string): string[] {
  if (isNothing(text)) return []
  return text
    .split(/[、；;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)
}

const LEVEL_WORDS: readonly [SuggestionLevel, RegExp][] = [
  ['national', /全国|国家级|中央|国务院|国家/],
  ['province', /省/],
  ['city', /市|州|盟/],
  ['county', /县|区|旗/],
]

/** The level a text names (省级, 市委统战部, 县长), or null. The highest named wins. */
export function levelOf(text: string): SuggestionLevel | null {
  for (const [level, words] of LEVEL_WORDS) if (words.test(text)) return level
  return null
}

const HOW_WORDS: readonly [AdoptionHow, RegExp][] = [
  ['published', /刊发|刊登|编发|刊用|登载/],
  ['forwarded', /转送|转报|转交|呈送|报送/],
  ['adopted', /采纳|采用|录用/],
]

export interface ParsedAdoption {
  body: string
  level: SuggestionLevel
  how: AdoptionHow
}

export type AdoptionReading =
  { ok: true; adoptions: ParsedAdoption[]; status: SuggestionStatus } | { ok: false; part: string }

/** 市级采用 does not say who adopted it. */
const UNNAMED_BODY = ledgerCellText.unnamedBody
const REFUSED = /^(未采用|未采纳|不采用|没有采用|未被采用|未录用)$/
const LEVEL_TAIL = new RegExp(`(${Object.values(suggestionLevelNames).join('|')})$`)

/**
 * 采用情况 as offices write it: 市委统战部市级采纳；省委统战部省级刊发, 市级采用, 省级, 未采用.
 * Each part needs a level; the body is what precedes the level word (our own export writes
 * body + level + how), else 有关部门.
 */
export function readAdoptions(text: string): AdoptionReading {
  const t = compactText(toHalfWidth(text))
  if (isNothing(t)) return { ok: true, adoptions: [], status: 'submitted' }
  if (REFUSED.test(t)) return { ok: true, adoptions: [], status: 'rejected' }
  const adoptions: ParsedAdoption[] = []
  for (const part of t.split(/[；;、,，\n]+/).filter(Boolean)) {
    const level = levelOf(part)
    if (!level) return { ok: false, part }
    const how = HOW_WORDS.find(([, w]) => w.test(part))?.[0] ?? 'adopted'
    const body = part
      .replace(/(被|已)?(刊发|刊登|编发|刊用|登载|转送|转报|转交|呈送|报送|采纳|采用|录用)$/, '')
      .replace(LEVEL_TAIL, '')
      .trim()
    adoptions.push({ body: body || UNNAMED_BODY, level, how })
  }
  return { ok: true, adoptions, status: 'adopted' }
}

export interface ParsedInstruction {
  leader: string
  level: SuggestionLevel
}

export type InstructionReading =
  { ok: true; instructions: ParsedInstruction[] } | { ok: false; part: string }

/** 批示情况: 王某某（省级）；县委书记批示. The level in brackets, else from the leader's post. */
export function readInstructions(text: string): InstructionReading {
  const t = toHalfWidth(text).trim()
  if (isNothing(t)) return { ok: true, instructions: [] }
  const instructions: ParsedInstruction[] = []
  for (const raw of t.split(/[；;\n]+/)) {
    const part = raw.trim()
    if (!part) continue
    const bracket = /[(（]([^)）]*)[)）]/.exec(part)?.[1] ?? ''
    const level = levelOf(bracket) ?? levelOf(part)
    if (!level) return { ok: false, part }
    const leader = part
      .replace(/[(（][^)）]*[)）]/g, '')
      .replace(/(已)?(作出|做出)?(肯定性)?批示$/, '')
      .trim()
    instructions.push({ leader: leader || part, level })
  }
  return { ok: true, instructions }
}
