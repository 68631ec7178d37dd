import { z } from 'zod'
import { PERSON_SCALAR_KEYS } from '../persons/fieldSpecs'
import type { PersonDetail, PersonListRow, PersonScalars } from '../persons/types'
import { idField, pageField, pageSizeField, regionCodeField } from './fields'
import { procedure } from './procedure'

export type * from '../persons/types'

/*
 * Field values are checked by the handler (shared/persons/validatePerson), which names the
 * field in Chinese; the schema only bounds types and sizes so that nothing huge gets in.
 */
const draftText = z.string().max(5000).nullish()
const scalarShape = Object.fromEntries(PERSON_SCALAR_KEYS.map((k) => [k, draftText])) as {
  [K in keyof PersonScalars]: typeof draftText
}

const categoryDraft = z.strictObject({ code: z.string().max(50), detail: draftText })
const seatDraft = z.strictObject({
  body: z.enum(['npc', 'cppcc']),
  session: draftText,
  level: draftText,
  post: draftText,
  termStart: draftText,
  termEnd: draftText,
  sector: draftText,
})
const postDraft = z.strictObject({
  org: draftText,
  post: draftText,
  start: draftText,
  end: draftText,
})
const educationDraft = z.strictObject({
  school: draftText,
  major: draftText,
  education: draftText,
  degree: draftText,
  start: draftText,
  end: draftText,
})
const awardDraft = z.strictObject({
  name: draftText,
  level: draftText,
  date: draftText,
  issuer: draftText,
})

export const personDraftSchema = z.strictObject({
  ...scalarShape,
  categories: z.array(categoryDraft).max(20).nullish(),
  tags: z.array(z.string().max(100)).max(100).nullish(),
  seats: z.array(seatDraft).max(100).nullish(),
  posts: z.array(postDraft).max(100).nullish(),
  educations: z.array(educationDraft).max(100).nullish(),
  awards: z.array(awardDraft).max(100).nullish(),
})

const codes = z.array(z.string().max(50)).max(500).optional()

/** Filters shared by persons.list and persons.count. Each list means "any of these". */
export const personFilterShape = {
  query: z.string().max(100).optional(),
  /** Sub-group codes (11…41) or group codes (1…4). */
  categories: codes,
  teams: codes,
  talentLevels: codes,
  townships: codes,
  communities: codes,
  statuses: codes,
  /** Matches either of the two affiliations. */
  politicalStatuses: codes,
  sexes: codes,
  /** Age in whole years today: ageMin ≤ age < ageMax. Persons without a birth date drop out. */
  ageMin: z.number().int().min(0).max(150).optional(),
  ageMax: z.number().int().min(1).max(151).optional(),
  seat: z.enum(['npc', 'cppcc', 'any']).optional(),
  isDemo: z.boolean().optional(),
  /** Recorded (created) on a day of this range, Beijing calendar; both ends inclusive. */
  recordedFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  recordedTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** A data-quality finding of the dashboard (QUALITY_CHECKS). */
  quality: z.enum(['noCategory', 'badIdNumber', 'stale']).optional(),
  /**
   * At an upper unit: only the persons of these units (行政区划代码 of this unit or units
   * below). Absent: every unit's (本单位及下级).
   */
  units: z.array(regionCodeField).max(200).optional(),
}

export const PERSON_SORTS = ['relevance', 'name', 'birthDate', 'updatedAt', 'createdAt'] as const
export type PersonSort = (typeof PERSON_SORTS)[number]

export interface PersonPage {
  total: number
  page: number
  pageSize: number
  items: PersonListRow[]
}

export interface PersonWriteResult {
  person: PersonDetail
  /** Hints to show after saving: 15-digit ID, birth date or sex disagreeing with the ID… */
  warnings: string[]
}

export interface DuplicateMatch {
  id: string
  name: string
  birthDate: string | null
  idNumber: string | null
  employer: string | null
  reason: 'idNumber' | 'nameBirth'
  /** In the recycle bin: offer 恢复 instead of a new record. */
  deleted: boolean
}

export interface RecycleBinRow {
  id: string
  name: string
  idNumber: string | null
  employer: string | null
  /** ISO instant. */
  deletedAt: string
}

export interface RecycleBinPage {
  total: number
  items: RecycleBinRow[]
}

export interface PersonHistoryEntry {
  at: string
  username: string | null
  action: string
  /** Chinese name of the action. */
  actionName: string
  result: 'ok' | 'denied' | 'failed'
  /** What changed, by field name; values of ID numbers and phones never appear. */
  detail: string | null
}

export interface RevealedContact {
  idNumber: string | null
  phone: string | null
}

export const DEMO_SCALES = { county: 5_000, city: 100_000, province: 1_000_000 } as const
export type DemoScale = keyof typeof DEMO_SCALES

export interface DemoLoadResult {
  inserted: number
  ms: number
}

export const personsContract = {
  'persons.list': procedure<PersonPage>()({
    input: z.strictObject({
      ...personFilterShape,
      sort: z.enum(PERSON_SORTS).default('name'),
      order: z.enum(['asc', 'desc']).default('asc'),
      page: pageField,
      pageSize: pageSizeField,
    }),
    access: 'viewer',
  }),
  /**
   * With `unit`: that unit's live persons only (the filter is not applied). With `byUnit`, the
   * answer also counts every unit holding persons here (an upper unit's own and each
   * sub-unit's): a scan of the whole register, so only callers that show it ask for it.
   */
  'persons.count': procedure<{
    count: number
    byUnit?: { code: string; name: string; count: number }[]
  }>()({
    input: z.strictObject({
      ...personFilterShape,
      unit: regionCodeField.optional(),
      byUnit: z.boolean().optional(),
    }),
    access: 'viewer',
  }),
  /** Quick search for pickers: best matches first (exact name, name prefix, then others). */
  'persons.search': procedure<PersonListRow[]>()({
    input: z.strictObject({
      query: z.string().max(100),
      limit: z.number().int().min(1).max(100).default(20),
    }),
    access: 'viewer',
  }),
  'persons.get': procedure<PersonDetail>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'persons.history': procedure<PersonHistoryEntry[]>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  'persons.create': procedure<PersonWriteResult>()({
    input: personDraftSchema,
    access: 'operator',
    audited: true,
  }),
  /** Fields left out stay as they are; null or '' clears; a list given replaces the list. */
  'persons.update': procedure<PersonWriteResult>()({
    input: personDraftSchema.extend({ id: idField, version: z.string().max(40).optional() }),
    access: 'operator',
    audited: true,
  }),
  'persons.checkDuplicate': procedure<DuplicateMatch[]>()({
    input: z.strictObject({
      idNumber: z.string().max(100).nullish(),
      name: z.string().max(100).nullish(),
      birthDate: z.string().max(40).nullish(),
      /** The record being edited, so it does not match itself. */
      excludeId: idField.optional(),
    }),
    access: 'operator',
  }),
  'persons.delete': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  'persons.restore': procedure<PersonDetail>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  'persons.purge': procedure<null>()({
    input: z.strictObject({ id: idField }),
    access: 'admin',
    audited: true,
  }),
  'persons.recycleBin': procedure<RecycleBinPage>()({
    input: z.strictObject({ page: pageField, pageSize: pageSizeField }),
    access: 'operator',
  }),
  /** Full ID number and phone of one person; audited, never the values themselves. */
  'persons.reveal': procedure<RevealedContact>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  /** Synthetic persons marked as demo; refused when real persons exist. */
  /** Removes every demo person (and their links) outright; real records are untouched. */
  'persons.clearDemo': procedure<{ removed: number }>()({
    input: z.strictObject({}),
    access: 'admin',
    audited: true,
  }),
  'persons.loadDemo': procedure<DemoLoadResult>()({
    input: z.strictObject({
      scale: z.enum(['county', 'city', 'province']),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .default(1),
    }),
    access: 'admin',
    audited: true,
  }),
}
