import type {
  Input,
  PersonAward,
  PersonDetail,
  PersonEducation,
  PersonPost,
  PersonScalars,
  PersonSeat,
} from '../../../../../shared/contract'
import { ACTIVE_PERSON_STATUS } from '../../../../../shared/codes/personStatus'
import { PERSON_SCALAR_KEYS } from '../../../../../shared/persons/fieldSpecs'
import { ApiCallError } from '../../../api/client'

type Texts<T> = { [K in keyof T]?: string }

/** What the antd form holds: text for every scalar, lists for the sub-records. */
export type PersonFormValues = Texts<PersonScalars> & {
  /** The six sub-groups chosen; their 细分领域 texts sit in categoryDetails by code. */
  categoryCodes?: string[]
  categoryDetails?: Record<string, string | undefined>
  tags?: string[]
  seats?: (Texts<Omit<PersonSeat, 'body'>> & { body?: PersonSeat['body'] })[]
  posts?: Texts<PersonPost>[]
  educations?: Texts<PersonEducation>[]
  awards?: Texts<PersonAward>[]
}

export type PersonDraftInput = Input<'persons.create'>

const SUB_LISTS = ['seats', 'posts', 'educations', 'awards'] as const

function texts<T extends object>(row: T): Texts<T> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = String(v)
  return out as Texts<T>
}

export function emptyFormValues(): PersonFormValues {
  return { status: ACTIVE_PERSON_STATUS, categoryCodes: [], categoryDetails: {}, tags: [] }
}

/** A stored record → the form. ID number and phone arrive masked and stay so until retyped. */
export function toFormValues(p: PersonDetail): PersonFormValues {
  const values: PersonFormValues = {
    categoryCodes: p.categories.map((c) => c.code),
    categoryDetails: Object.fromEntries(p.categories.map((c) => [c.code, c.detail ?? undefined])),
    tags: [...p.tags],
    seats: p.seats.map((s) => ({ ...texts(s), body: s.body })),
    posts: p.posts.map(texts),
    educations: p.educations.map(texts),
    awards: p.awards.map(texts),
  }
  for (const key of PERSON_SCALAR_KEYS) {
    const v = p[key]
    if (v !== null && v !== undefined && v !== '') values[key] = v
  }
  return values
}

const clean = (v: string | undefined | null): string | null => {
  const s = (v ?? '').trim()
  return s === '' ? null : s
}

function cleanRows<T extends object>(rows: T[] | undefined): { [K in keyof T]: string | null }[] {
  return (rows ?? [])
    .map((row) => {
      const out: Record<string, string | null> = {}
      for (const [k, v] of Object.entries(row ?? {})) out[k] = clean(v as string | undefined)
      return out as { [K in keyof T]: string | null }
    })
    .filter((row) => Object.entries(row).some(([k, v]) => k !== 'body' && v !== null))
}

/** The form → what persons.create takes: blanks become null, empty sub-record rows drop out. */
export function toDraft(values: PersonFormValues): PersonDraftInput {
  const draft: Record<string, unknown> = {}
  for (const key of PERSON_SCALAR_KEYS) draft[key] = clean(values[key])
  draft.categories = (values.categoryCodes ?? []).map((code) => ({
    code,
    detail: clean(values.categoryDetails?.[code]),
  }))
  draft.tags = (values.tags ?? []).map((tag) => tag.trim()).filter(Boolean)
  draft.seats = cleanRows(values.seats).map((s) => ({
    ...s,
    body: s.body === 'cppcc' ? 'cppcc' : 'npc',
  }))
  draft.posts = cleanRows(values.posts)
  draft.educations = cleanRows(values.educations)
  draft.awards = cleanRows(values.awards)
  return draft as PersonDraftInput
}

/**
 * For persons.update: only what differs from the record as loaded. The masked ID number and
 * phone are sent only when retyped, so a masked value can never overwrite a real one.
 */
export function changedDraft(
  now: PersonDraftInput,
  before: PersonDraftInput,
): Partial<PersonDraftInput> {
  const patch: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(now)) {
    const old = (before as Record<string, unknown>)[key]
    if (JSON.stringify(value ?? null) !== JSON.stringify(old ?? null)) patch[key] = value
  }
  return patch as Partial<PersonDraftInput>
}

/** Sub-record lists and categories as the core names them → the form's field names. */
export function remapIssues(error: unknown, values: PersonFormValues): unknown {
  if (!(error instanceof ApiCallError) || !error.issues) return error
  const codes = values.categoryCodes ?? []
  const issues = error.issues.map((issue) => {
    const m = /^categories\.(\d+)\.(code|detail)$/.exec(issue.path)
    if (!m) return issue
    const code = codes[Number(m[1])]
    return {
      ...issue,
      path: m[2] === 'detail' && code ? `categoryDetails.${code}` : 'categoryCodes',
    }
  })
  return new ApiCallError({ code: error.code, message: error.message, issues })
}

export const SUB_RECORD_LISTS = SUB_LISTS
