import type { FormRule } from 'antd'
import type { NamePath } from 'antd/es/form/interface'
import type { z } from 'zod'
import { issueMessage, t } from '../../../shared/i18n'

/** A filled-in field; whitespace alone does not count. */
export function required(label: string): FormRule {
  return { required: true, whitespace: true, message: t.auth.required(label) }
}

/**
 * Checks a value with the very schema the core will parse it with, so the form and the
 * core never disagree; the message is the core's message too. Empty values are left to
 * `required`.
 */
export function schemaRule(schema: z.ZodType, field: string): FormRule {
  return {
    validator(_, value: unknown) {
      if (value === undefined || value === null || value === '') return Promise.resolve()
      const parsed = schema.safeParse(value)
      if (parsed.success) return Promise.resolve()
      const first = parsed.error.issues[0]!
      return Promise.reject(
        new Error(issueMessage({ ...first, path: [field] } as Parameters<typeof issueMessage>[0])),
      )
    },
  }
}

/** The second password box must repeat the first. */
export function sameAs(other: NamePath): FormRule {
  return ({ getFieldValue }) => ({
    validator(_, value: unknown) {
      if (!value || getFieldValue(other) === value) return Promise.resolve()
      return Promise.reject(new Error(t.auth.passwordsDiffer))
    },
  })
}
