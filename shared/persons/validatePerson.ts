import { findCategory } from '../codes/categories'
import { DEGREE } from '../codes/degree'
import { EDUCATION } from '../codes/education'
import { findCode } from '../codes/lookup'
import { ACTIVE_PERSON_STATUS } from '../codes/personStatus'
import { normalizeDate } from '../dates/normalizeDate'
import {
  personFieldLabels,
  personMessages as msg,
  personSubFieldLabels as subLabels,
} from '../i18n/persons'
import { checkIdNumber } from '../idcard/checkIdNumber'
import { crossCheckIdWithForm } from '../idcard/crossCheck'
import { normalizeIdNumber } from '../idcard/normalizeIdNumber'
import { checkPhone } from '../phone/checkPhone'
import { normalizePhone } from '../phone/normalizePhone'
import { toHalfWidth } from '../text/halfWidth'
import {
  MAX_SUB_RECORDS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  PERSON_FIELD_SPECS,
  PERSON_SCALAR_KEYS,
  PERSON_SUB_RECORD_KEYS,
} from './fieldSpecs'
import { normalizePersonName } from './normalizeName'
import type {
  PersonAward,
  PersonCategory,
  PersonEducation,
  PersonFields,
  PersonPost,
  PersonScalars,
  PersonSeat,
  SeatBody,
} from './types'

/** A sub-record as drafted: every text may be missing. */
type Draft<T> = { [K in keyof T]?: string | null }

/** A person as a form or an import hands it over: any field may be missing or untidy. */
export type PersonDraft = { [K in keyof PersonScalars]?: string | null } & {
  categories?: Draft<PersonCategory>[] | null
  tags?: (string | null)[] | null
  seats?: (Draft<Omit<PersonSeat, 'body'>> & { body: SeatBody })[] | null
  posts?: Draft<PersonPost>[] | null
  educations?: Draft<PersonEducation>[] | null
  awards?: Draft<PersonAward>[] | null
}

export interface PersonIssue {
  /** Field path as the form knows it: idNumber, seats.1.termStart. */
  path: string
  message: string
}

export interface ValidatedPerson {
  value: PersonFields
  errors: PersonIssue[]
  /** Hints worth showing (15-digit ID, birth date disagreeing with the ID…); saving goes on. */
  warnings: string[]
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Every field of a record, empty, in the record's order. Each validated record starts as a
 * copy of it, so that all of them share one shape: a record spread from its scalars and then
 * given its six lists took a new shape each time (an import validates 100k rows; at a city
 * that object alone cost more than reading the file, most of it in the garbage collector).
 */
const BLANK_PERSON: Readonly<Record<keyof PersonFields, null>> = Object.fromEntries(
  [...PERSON_SCALAR_KEYS, ...PERSON_SUB_RECORD_KEYS].map((key) => [key, null]),
) as Record<keyof PersonFields, null>

/**
 * Checks and normalizes a whole person record. Messages are Chinese and name the field.
 * Codes may be given as code or name (汉族, 中共党员) and come back as codes. Birth date and
 * sex are taken from a valid ID number when blank, and compared with it when filled in.
 * Dictionary fields (township, community) are only tidied here: the handler checks them
 * against the database.
 */
export function validatePerson(
  draft: PersonDraft,
  options: { today?: string } = {},
): ValidatedPerson {
  const errors: PersonIssue[] = []
  const warnings: string[] = []
  const record = { ...BLANK_PERSON } as Record<keyof PersonFields, unknown>
  const scalars = record as Record<keyof PersonScalars, string | null>

  for (const key of PERSON_SCALAR_KEYS) {
    // Null already (the blank record): most of the 37 fields are missing from a draft.
    const raw = tidy(draft[key])
    if (raw === null) continue
    const spec = PERSON_FIELD_SPECS[key]
    const label = personFieldLabels[key]
    switch (spec.kind) {
      case 'text':
      case 'longText': {
        const text = key === 'name' ? normalizePersonName(raw) : raw
        // Characters, not UTF-16 units (𠀀 is one); only long text needs counting.
        if (text.length > spec.max && [...text].length > spec.max)
          errors.push({ path: key, message: msg.tooLong(label, spec.max) })
        scalars[key] = text || null
        break
      }
      case 'code': {
        const hit = findCode(spec.list, raw)
        if (!hit) errors.push({ path: key, message: msg.badCode(label, raw) })
        else scalars[key] = hit.code
        break
      }
      case 'dictionary':
        scalars[key] = toHalfWidth(raw).trim()
        break
      case 'date':
        scalars[key] = date(raw, label, key, errors, warnings)
        break
      case 'idNumber':
        scalars[key] = normalizeIdNumber(raw) || null
        break
      case 'phone': {
        const phone = normalizePhone(raw)
        const check = checkPhone(phone)
        if (!check.ok) errors.push({ path: key, message: msg.badPhone(check.message) })
        scalars[key] = phone
        break
      }
      case 'email': {
        const email = toHalfWidth(raw).trim()
        if (!EMAIL.test(email) || email.length > 100)
          errors.push({ path: key, message: msg.badEmail })
        scalars[key] = email
        break
      }
    }
  }

  if (!scalars.name) errors.push({ path: 'name', message: msg.required(personFieldLabels.name) })
  if (!scalars.status) scalars.status = ACTIVE_PERSON_STATUS

  if (scalars.idNumber) {
    const check = checkIdNumber(scalars.idNumber, options.today ? { today: options.today } : {})
    if (!check.ok) {
      errors.push({ path: 'idNumber', message: check.message })
    } else {
      if (check.warning) warnings.push(check.warning)
      warnings.push(
        ...crossCheckIdWithForm(check, { birthDate: scalars.birthDate, sex: scalars.sex }),
      )
      const derived: string[] = []
      if (!scalars.birthDate && check.birthDate) {
        scalars.birthDate = check.birthDate
        derived.push(personFieldLabels.birthDate)
      }
      if (!scalars.sex && check.sex) {
        scalars.sex = check.sex
        derived.push(personFieldLabels.sex)
      }
      if (derived.length) warnings.push(msg.derivedFromId(derived.join('和')))
    }
  }

  const value = record as PersonFields
  value.categories = categories(draft.categories, errors)
  value.tags = tags(draft.tags, errors)
  value.seats = subRecords('seats', draft.seats, errors, warnings, (r, ctx) => ({
    body: r.body,
    session: ctx.text('session', r.session, 20),
    level: ctx.text('level', r.level, 20),
    post: ctx.text('post', r.post, 50),
    termStart: ctx.date('termStart', r.termStart),
    termEnd: ctx.date('termEnd', r.termEnd),
    sector: ctx.text('sector', r.sector, 50),
  }))
  value.posts = subRecords('posts', draft.posts, errors, warnings, (r, ctx) => ({
    org: ctx.required('org', r.org, 100),
    post: ctx.text('post', r.post, 50),
    start: ctx.date('start', r.start),
    end: ctx.date('end', r.end),
  }))
  value.educations = subRecords('educations', draft.educations, errors, warnings, (r, ctx) => ({
    school: ctx.required('school', r.school, 100),
    major: ctx.text('major', r.major, 100),
    education: ctx.code('education', r.education, EDUCATION),
    degree: ctx.code('degree', r.degree, DEGREE),
    start: ctx.date('start', r.start),
    end: ctx.date('end', r.end),
  }))
  value.awards = subRecords('awards', draft.awards, errors, warnings, (r, ctx) => ({
    name: ctx.required('name', r.name, 100),
    level: ctx.text('level', r.level, 20),
    date: ctx.date('date', r.date),
    issuer: ctx.text('issuer', r.issuer, 100),
  }))
  for (const [i, seat] of value.seats.entries())
    termOrder('seats', i, seat.termStart, seat.termEnd, errors)
  for (const [i, post] of value.posts.entries()) termOrder('posts', i, post.start, post.end, errors)
  for (const [i, edu] of value.educations.entries())
    termOrder('educations', i, edu.start, edu.end, errors)
  return { value, errors, warnings }
}

function tidy(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null
  const text = String(raw).trim()
  return text === '' ? null : text
}

function date(
  raw: string,
  label: string,
  path: string,
  errors: PersonIssue[],
  warnings: string[],
): string | null {
  const d = normalizeDate(raw)
  if (!d.value) {
    errors.push({ path, message: msg.badDate(label, d.warning ?? '') })
    return null
  }
  if (d.warning) warnings.push(msg.dateHint(label, d.warning))
  return d.value
}

function categories(list: PersonDraft['categories'], errors: PersonIssue[]): PersonCategory[] {
  const out: PersonCategory[] = []
  for (const [i, c] of (list ?? []).entries()) {
    const code = tidy(c.code)
    if (!code) continue
    const hit = findCategory(code)
    if (!hit) {
      errors.push({
        path: `categories.${i}.code`,
        message: msg.badCode(personFieldLabels.categories, code),
      })
      continue
    }
    if (out.some((o) => o.code === hit.code)) continue
    const detail = tidy(c.detail)
    if (detail && [...detail].length > 50) {
      errors.push({ path: `categories.${i}.detail`, message: msg.tooLong(subLabels.detail!, 50) })
    }
    out.push({ code: hit.code, detail })
  }
  return out
}

function tags(list: PersonDraft['tags'], errors: PersonIssue[]): string[] {
  const out: string[] = []
  for (const t of list ?? []) {
    const tag = tidy(t)
    if (!tag || out.includes(tag)) continue
    if ([...tag].length > MAX_TAG_LENGTH)
      errors.push({ path: 'tags', message: msg.tooLong(personFieldLabels.tags, MAX_TAG_LENGTH) })
    out.push(tag)
  }
  if (out.length > MAX_TAGS) errors.push({ path: 'tags', message: msg.tooManyTags(MAX_TAGS) })
  return out
}

interface SubContext {
  text(field: string, raw: string | null | undefined, max: number): string | null
  required(field: string, raw: string | null | undefined, max: number): string
  date(field: string, raw: string | null | undefined): string | null
  code(
    field: string,
    raw: string | null | undefined,
    list: Parameters<typeof findCode>[0],
  ): string | null
}

type SubKey = 'seats' | 'posts' | 'educations' | 'awards'

function subRecords<R, T>(
  key: SubKey,
  list: R[] | null | undefined,
  errors: PersonIssue[],
  warnings: string[],
  build: (r: R, ctx: SubContext) => T,
): T[] {
  const label = personFieldLabels[key]
  const rows = list ?? []
  if (rows.length > MAX_SUB_RECORDS)
    errors.push({ path: key, message: msg.tooMany(label, MAX_SUB_RECORDS) })
  return rows.slice(0, MAX_SUB_RECORDS).map((row, i) => {
    const n = i + 1
    const sub = (f: string) => subLabels[f] ?? f
    const ctx: SubContext = {
      text(field, raw, max) {
        const text = tidy(raw)
        if (text && [...text].length > max) {
          errors.push({
            path: `${key}.${i}.${field}`,
            message: msg.subTooLong(label, n, sub(field), max),
          })
        }
        return text
      },
      required(field, raw, max) {
        const text = ctx.text(field, raw, max)
        if (!text)
          errors.push({
            path: `${key}.${i}.${field}`,
            message: msg.subRequired(label, n, sub(field)),
          })
        return text ?? ''
      },
      date(field, raw) {
        const text = tidy(raw)
        if (!text) return null
        const d = normalizeDate(text)
        if (!d.value) {
          errors.push({
            path: `${key}.${i}.${field}`,
            message: msg.subBadDate(label, n, sub(field), d.warning ?? ''),
          })
          return null
        }
        if (d.warning) warnings.push(msg.subBadDate(label, n, sub(field), d.warning))
        return d.value
      },
      code(field, raw, codes) {
        const text = tidy(raw)
        if (!text) return null
        const hit = findCode(codes, text)
        if (!hit)
          errors.push({
            path: `${key}.${i}.${field}`,
            message: msg.subBadCode(label, n, sub(field)),
          })
        return hit?.code ?? null
      },
    }
    return build(row, ctx)
  })
}

function termOrder(
  key: SubKey,
  i: number,
  start: string | null,
  end: string | null,
  errors: PersonIssue[],
): void {
  if (start && end && end < start.slice(0, end.length)) {
    errors.push({ path: `${key}.${i}.end`, message: msg.termOrder(personFieldLabels[key], i + 1) })
  }
}
