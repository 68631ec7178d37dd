import { DEGREE } from '../../../../../shared/codes/degree'
import { EDUCATION } from '../../../../../shared/codes/education'
import { ETHNICITY } from '../../../../../shared/codes/ethnicity'
import { codeName } from '../../../../../shared/codes/lookup'
import { PERSON_STATUS } from '../../../../../shared/codes/personStatus'
import { SEX } from '../../../../../shared/codes/sex'
import { TALENT_LEVEL } from '../../../../../shared/codes/talentLevel'
import { TEAMS } from '../../../../../shared/codes/teams'
import { TITLE_LEVEL } from '../../../../../shared/codes/titleLevel'
import type { PersonScalars } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { politicalLabel } from '../common/codeOptions'
import type { Dictionaries } from '../common/dictionaryStore'

const CODE_LISTS = {
  sex: SEX,
  ethnicity: ETHNICITY,
  education: EDUCATION,
  degree: DEGREE,
  titleLevel: TITLE_LEVEL,
  team: TEAMS,
  talentLevel: TALENT_LEVEL,
  status: PERSON_STATUS,
} as const

/** A scalar field as a person reads it: code → name, dictionary code → name, empty → —. */
export function fieldText(
  person: PersonScalars,
  key: keyof PersonScalars,
  dict: Dictionaries,
): string {
  const value = person[key]
  if (value === null || value === '') return t.common.none
  if (key in CODE_LISTS) return codeName(CODE_LISTS[key as keyof typeof CODE_LISTS], value) ?? value
  if (key === 'politicalStatus' || key === 'politicalStatus2') return politicalLabel(value)
  if (key === 'township') return dict.name('township', value) ?? value
  if (key === 'community') return dict.name('community', value) ?? value
  return value
}

export const seatLevelName = (level: string | null): string =>
  level ? (t.persons.seatLevels[level] ?? level) : t.common.none
