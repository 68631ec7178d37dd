import type { FormRule } from 'antd'
import { normalizeDate } from '../../../../../shared/dates/normalizeDate'
import { personMessages as msg } from '../../../../../shared/i18n/persons'
import { checkIdNumber } from '../../../../../shared/idcard/checkIdNumber'
import { normalizeIdNumber } from '../../../../../shared/idcard/normalizeIdNumber'
import { checkPhone } from '../../../../../shared/phone/checkPhone'
import { normalizePhone } from '../../../../../shared/phone/normalizePhone'

/*
 * The same checks the core runs (shared/), so what the form accepts the core accepts, with the
 * same Chinese messages naming the field. Empty values pass: only 姓名 is required.
 */
const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === ''

export function requiredRule(label: string): FormRule {
  return { required: true, whitespace: true, message: msg.required(label) }
}

export function maxRule(label: string, max: number): FormRule {
  return {
    validator: (_, v: unknown) =>
      blank(v) || [...String(v).trim()].length <= max
        ? Promise.resolve()
        : Promise.reject(new Error(msg.tooLong(label, max))),
  }
}

export function dateRule(label: string): FormRule {
  return {
    validator(_, v: unknown) {
      if (blank(v)) return Promise.resolve()
      const d = normalizeDate(String(v))
      return d.value
        ? Promise.resolve()
        : Promise.reject(new Error(msg.badDate(label, d.warning ?? '')))
    },
  }
}

/** `keep` is the masked number of a stored record: left as it is, it is not checked (or sent). */
export function idNumberRule(keep: string | undefined): FormRule {
  return {
    validator(_, v: unknown) {
      if (blank(v) || v === keep) return Promise.resolve()
      const check = checkIdNumber(normalizeIdNumber(String(v)))
      return check.ok ? Promise.resolve() : Promise.reject(new Error(check.message))
    },
  }
}

export function phoneRule(keep: string | undefined): FormRule {
  return {
    validator(_, v: unknown) {
      if (blank(v) || v === keep) return Promise.resolve()
      const check = checkPhone(normalizePhone(String(v)))
      return check.ok ? Promise.resolve() : Promise.reject(new Error(msg.badPhone(check.message)))
    },
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function emailRule(): FormRule {
  return {
    validator: (_, v: unknown) =>
      blank(v) || (EMAIL.test(String(v).trim()) && String(v).trim().length <= 100)
        ? Promise.resolve()
        : Promise.reject(new Error(msg.badEmail)),
  }
}

/** What a date box holds after it loses focus: 1985.3 → 1985-03; unreadable text stays. */
export function tidyDate(v: string | undefined): string | undefined {
  if (blank(v)) return v
  return normalizeDate(String(v)).value ?? v
}

/** Checks of one cell of a sub-record line; messages name the list, the line and the cell. */
export const subRules = {
  required: (list: string, n: number, sub: string): FormRule => ({
    required: true,
    whitespace: true,
    message: msg.subRequired(list, n, sub),
  }),
  max: (list: string, n: number, sub: string, max: number): FormRule => ({
    validator: (_, v: unknown) =>
      blank(v) || [...String(v).trim()].length <= max
        ? Promise.resolve()
        : Promise.reject(new Error(msg.subTooLong(list, n, sub, max))),
  }),
  date: (list: string, n: number, sub: string): FormRule => ({
    validator(_, v: unknown) {
      if (blank(v)) return Promise.resolve()
      const d = normalizeDate(String(v))
      return d.value
        ? Promise.resolve()
        : Promise.reject(new Error(msg.subBadDate(list, n, sub, d.warning ?? '')))
    },
  }),
}
