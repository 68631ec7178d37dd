import { DEGREE } from '../codes/degree'
import { EDUCATION } from '../codes/education'
import { ETHNICITY } from '../codes/ethnicity'
import type { CodeEntry } from '../codes/lookup'
import { PERSON_STATUS } from '../codes/personStatus'
import { POLITICAL_STATUS } from '../codes/politicalStatus'
import { SEX } from '../codes/sex'
import { TALENT_LEVEL } from '../codes/talentLevel'
import { TEAMS } from '../codes/teams'
import { TITLE_LEVEL } from '../codes/titleLevel'
import type { PersonScalars } from './types'

/** Local dictionaries a field may point into (the dictionaries table, kind column). */
export type DictionaryKind = 'township' | 'community' | 'category_detail' | 'tag'

export type FieldSpec =
  | { kind: 'text'; max: number }
  | { kind: 'longText'; max: number }
  | { kind: 'code'; list: readonly CodeEntry[] }
  | { kind: 'dictionary'; dictionary: DictionaryKind }
  | { kind: 'date' }
  | { kind: 'idNumber' }
  | { kind: 'phone' }
  | { kind: 'email' }

/**
 * How each scalar field is checked and normalized. One table drives validation, the change
 * list in the history and the repo's column mapping, so a new field is added in one place.
 */
export const PERSON_FIELD_SPECS: { readonly [K in keyof PersonScalars]: FieldSpec } = {
  name: { kind: 'text', max: 50 },
  formerNames: { kind: 'text', max: 100 },
  sex: { kind: 'code', list: SEX },
  ethnicity: { kind: 'code', list: ETHNICITY },
  birthDate: { kind: 'date' },
  nativePlace: { kind: 'text', max: 50 },
  birthPlace: { kind: 'text', max: 50 },
  idNumber: { kind: 'idNumber' },
  politicalStatus: { kind: 'code', list: POLITICAL_STATUS },
  politicalJoinedOn: { kind: 'date' },
  politicalStatus2: { kind: 'code', list: POLITICAL_STATUS },
  politicalJoinedOn2: { kind: 'date' },
  education: { kind: 'code', list: EDUCATION },
  degree: { kind: 'code', list: DEGREE },
  schoolMajor: { kind: 'text', max: 100 },
  title: { kind: 'text', max: 50 },
  titleLevel: { kind: 'code', list: TITLE_LEVEL },
  employer: { kind: 'text', max: 100 },
  jobTitle: { kind: 'text', max: 50 },
  employerType: { kind: 'text', max: 30 },
  township: { kind: 'dictionary', dictionary: 'township' },
  community: { kind: 'dictionary', dictionary: 'community' },
  grid: { kind: 'text', max: 50 },
  phone: { kind: 'phone' },
  email: { kind: 'email' },
  address: { kind: 'text', max: 200 },
  team: { kind: 'code', list: TEAMS },
  talentLevel: { kind: 'code', list: TALENT_LEVEL },
  managementLevel: { kind: 'text', max: 30 },
  status: { kind: 'code', list: PERSON_STATUS },
  statusDate: { kind: 'date' },
  statusReason: { kind: 'text', max: 200 },
  source: { kind: 'text', max: 100 },
  collectedOn: { kind: 'date' },
  remarks: { kind: 'longText', max: 2000 },
  performance: { kind: 'longText', max: 2000 },
  influence: { kind: 'longText', max: 2000 },
}

export const PERSON_SCALAR_KEYS = Object.keys(PERSON_FIELD_SPECS) as (keyof PersonScalars)[]

export const PERSON_SUB_RECORD_KEYS = [
  'categories',
  'tags',
  'seats',
  'posts',
  'educations',
  'awards',
] as const

export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 20
export const MAX_SUB_RECORDS = 50
