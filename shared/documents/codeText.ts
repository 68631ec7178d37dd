import { CATEGORIES } from '../codes/categories'
import { DEGREE } from '../codes/degree'
import { EDUCATION } from '../codes/education'
import { ETHNICITY } from '../codes/ethnicity'
import { byCode, codeName, type CodeEntry } from '../codes/lookup'
import { PERSON_STATUS } from '../codes/personStatus'
import { POLITICAL_STATUS } from '../codes/politicalStatus'
import { SEX } from '../codes/sex'
import { TALENT_LEVEL } from '../codes/talentLevel'
import { TEAMS } from '../codes/teams'
import { TITLE_LEVEL } from '../codes/titleLevel'

/** Names of local dictionary codes (乡镇, 社区), as the service read them for a document. */
export interface LocalNames {
  township?: Readonly<Record<string, string>>
  community?: Readonly<Record<string, string>>
}

const lists = {
  sex: SEX,
  ethnicity: ETHNICITY,
  education: EDUCATION,
  degree: DEGREE,
  titleLevel: TITLE_LEVEL,
  team: TEAMS,
  talentLevel: TALENT_LEVEL,
  status: PERSON_STATUS,
} as const

/** A national code as paper shows it: the standard name, or the code itself if unknown. */
export function codeText(list: keyof typeof lists, code: string | null | undefined): string {
  if (!code) return ''
  return codeName(lists[list], code) ?? code
}

/** Political status in its usual short form (中共党员, 民盟盟员); two affiliations joined. */
export function politicalText(...codes: (string | null | undefined)[]): string {
  return codes
    .filter((c): c is string => !!c)
    .map((c) => {
      const e = byCode(POLITICAL_STATUS, c) as CodeEntry | null
      return e ? (e.short ?? e.name) : c
    })
    .join('、')
}

export function categoriesText(codes: readonly string[]): string {
  return codes.map((c) => codeName(CATEGORIES, c) ?? c).join('、')
}

export function localName(
  names: LocalNames,
  kind: keyof LocalNames,
  code: string | null | undefined,
): string {
  if (!code) return ''
  return names[kind]?.[code] ?? code
}
