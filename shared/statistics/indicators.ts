import { CATEGORIES, CATEGORY_GROUPS } from '../codes/categories'
import { TEAMS } from '../codes/teams'
import { AGE_BANDS, type AgeBand } from './ageBands'
import { BUILT_IN_ACTIVITY_TYPES } from '../i18n/activities'
import { indicatorText as txt } from '../i18n/indicators'
import { seatBodyNames, seatLevelNames } from '../i18n/persons'

/**
 * What decides whether a record falls in the period: nothing (a snapshot of the register
 * when the figures are made), the day the person was recorded, the day their status
 * changed, the activity's start date, or the suggestion's submission date.
 */
export type IndicatorBasis = 'snapshot' | 'recorded' | 'statusDate' | 'activityStart' | 'submitted'

/** Which part of the engine computes an indicator; a request computes only the parts it needs. */
export type IndicatorSource = 'register' | 'exits' | 'activities' | 'suggestions'

export type IndicatorGroup = keyof typeof txt.groups

export interface IndicatorDef {
  id: string
  name: string
  definition: string
  unit: string
  group: IndicatorGroup
  basis: IndicatorBasis
  source: IndicatorSource
  /** Digits after the point (money in 万元, average age). */
  decimals: number
}

/**
 * Bumped whenever a definition changes what it counts: a locked report keeps the version it
 * was made with, so a figure that moved can be explained.
 */
export const INDICATOR_RULES_VERSION = 1

export const EDUCATION_BANDS = ['postgraduate', 'bachelor', 'college', 'below', 'unknown'] as const
export type EducationBand = (typeof EDUCATION_BANDS)[number]
export const PARTY_GROUPS = ['cpc', 'democratic', 'nonparty', 'masses', 'other'] as const
export type PartyGroup = (typeof PARTY_GROUPS)[number]
export const SEAT_LEVELS = ['national', 'province', 'city', 'county', 'township'] as const
export const TRAINING_LEVEL_CODES = ['central', 'province', 'city', 'county'] as const
export const ADOPTION_LEVELS = ['county', 'city', 'province', 'national'] as const
/** 社会服务 and 公益慈善: the activities counted as 服务. */
export const SERVICE_TYPE_CODES = ['05', '10'] as const

/** GB/T 4658 code → the band a report counts it in. */
export function educationBand(code: string | null | undefined): EducationBand {
  if (!code || !/^\d{2}$/.test(code)) return 'unknown'
  const level = code[0]!
  if (level === '1') return 'postgraduate'
  if (level === '2') return 'bachelor'
  if (level === '3') return 'college'
  return 'below'
}

/** GB/T 4762 code → the group a report counts it in. */
export function partyGroup(code: string | null | undefined): PartyGroup {
  if (code === '01' || code === '02') return 'cpc'
  if (code && code >= '04' && code <= '11' && code.length === 2) return 'democratic'
  if (code === '12') return 'nonparty'
  if (code === '13') return 'masses'
  return 'other'
}

type DefText = Omit<IndicatorDef, 'group' | 'basis' | 'source' | 'decimals'> & {
  decimals?: number
}

function family(
  group: IndicatorGroup,
  basis: IndicatorBasis,
  source: IndicatorSource,
  defs: DefText[],
): IndicatorDef[] {
  return defs.map((d) => ({ group, basis, source, ...d, decimals: d.decimals ?? 0 }))
}

const u = txt.units

function buildIndicators(): IndicatorDef[] {
  return [
    ...family('persons', 'snapshot', 'register', [
      { id: 'persons.total', unit: u.person, ...txt.total },
      ...CATEGORY_GROUPS.map((g) => ({
        id: `persons.group.${g.code}`,
        unit: u.person,
        ...txt.group(g.name),
      })),
      ...CATEGORIES.map((c) => ({
        id: `persons.category.${c.code}`,
        unit: u.person,
        ...txt.category(c.name),
      })),
      ...TEAMS.filter((x) => x.code !== '3').map((x) => ({
        id: `persons.team.${x.code}`,
        unit: u.person,
        ...txt.team(x.name),
      })),
      { id: 'persons.npc', unit: u.person, ...txt.seat(seatBodyNames.npc) },
      { id: 'persons.cppcc', unit: u.person, ...txt.seat(seatBodyNames.cppcc) },
    ]),
    ...family(
      'persons',
      'snapshot',
      'register',
      (['npc', 'cppcc'] as const).flatMap((body) =>
        SEAT_LEVELS.map((level) => ({
          id: `persons.${body}.${level}`,
          unit: u.person,
          ...txt.seatLevel(seatBodyNames[body], seatLevelNames[level]!),
        })),
      ),
    ),
    ...family('persons', 'recorded', 'register', [
      { id: 'persons.added', unit: u.person, ...txt.added },
    ]),
    ...family('persons', 'statusDate', 'exits', [
      { id: 'persons.exits', unit: u.person, ...txt.exits },
      { id: 'persons.netChange', unit: u.person, ...txt.netChange },
    ]),
    ...family('persons', 'snapshot', 'register', [
      { id: 'persons.averageAge', unit: u.year, decimals: 1, ...txt.averageAge },
      ...AGE_BANDS.map((b: AgeBand) => ({
        id: `persons.age.${b}`,
        unit: u.person,
        ...txt.ageBand(txt.ageBandLabels[b]),
      })),
      { id: 'persons.sex.1', unit: u.person, ...txt.sex('男') },
      { id: 'persons.sex.2', unit: u.person, ...txt.sex('女') },
      ...PARTY_GROUPS.map((p) => ({
        id: `persons.party.${p}`,
        unit: u.person,
        name: txt.party[p],
        definition: txt.partyDefinition(txt.party[p]),
      })),
    ]),
    ...family(
      'persons',
      'snapshot',
      'register',
      EDUCATION_BANDS.map((b) => ({
        id: `persons.education.${b}`,
        unit: u.person,
        name: txt.education[b],
        definition: txt.educationDefinition(txt.education[b]),
      })),
    ),
    ...family('activities', 'activityStart', 'activities', [
      { id: 'activities.count', unit: u.session, ...txt.activities },
      { id: 'activities.attendance', unit: u.personTimes, ...txt.attendance },
      ...BUILT_IN_ACTIVITY_TYPES.flatMap((type) => [
        { id: `activities.type.${type.code}.count`, unit: u.session, ...txt.typeCount(type.name) },
        {
          id: `activities.type.${type.code}.attendance`,
          unit: u.personTimes,
          ...txt.typeAttendance(type.name),
        },
      ]),
      { id: 'activities.donations', unit: u.tenThousandYuan, decimals: 2, ...txt.donations },
      { id: 'activities.goods', unit: u.tenThousandYuan, decimals: 2, ...txt.goods },
      { id: 'activities.volunteerHours', unit: u.hour, decimals: 1, ...txt.volunteerHours },
    ]),
    ...family('service', 'activityStart', 'activities', [
      { id: 'service.count', unit: u.session, ...txt.serviceCount },
      { id: 'service.experts', unit: u.personTimes, ...txt.serviceExperts },
      { id: 'service.beneficiaries', unit: u.personTimes, ...txt.beneficiaries },
    ]),
    ...family('trainings', 'activityStart', 'activities', [
      { id: 'trainings.count', unit: u.class, ...txt.trainings },
      { id: 'trainings.attendance', unit: u.personTimes, ...txt.trainingAttendance },
      { id: 'trainings.days', unit: u.day, decimals: 1, ...txt.trainingDays },
      ...TRAINING_LEVEL_CODES.flatMap((level) => [
        {
          id: `trainings.${level}.count`,
          unit: u.class,
          ...txt.trainingLevel(txt.trainingLevels[level]),
        },
        {
          id: `trainings.${level}.attendance`,
          unit: u.personTimes,
          ...txt.trainingLevelAttendance(txt.trainingLevels[level]),
        },
      ]),
    ]),
    ...family('suggestions', 'submitted', 'suggestions', [
      { id: 'suggestions.submitted', unit: u.item, ...txt.suggestionsSubmitted },
      { id: 'suggestions.adopted', unit: u.item, ...txt.suggestionsAdopted },
      ...ADOPTION_LEVELS.map((level) => ({
        id: `suggestions.adopted.${level}`,
        unit: u.item,
        ...txt.suggestionsAdoptedAt(txt.adoptionLevels[level]),
      })),
      { id: 'suggestions.instructed', unit: u.item, ...txt.suggestionsInstructed },
      { id: 'suggestions.points', unit: u.point, decimals: 1, ...txt.suggestionsPoints },
    ]),
  ]
}

/** Every indicator, in the order a full listing shows them. */
export const INDICATORS: readonly IndicatorDef[] = buildIndicators()

export const INDICATOR_BY_ID: ReadonlyMap<string, IndicatorDef> = new Map(
  INDICATORS.map((d) => [d.id, d]),
)

/** Indicator id → value; every id of INDICATORS that was asked for is present. */
export type IndicatorValues = Record<string, number>
