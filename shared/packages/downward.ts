import { z } from 'zod'
import { reportTemplateSpecSchema } from '../reports/template'
import { scoreRulesSchema } from '../contract/suggestions'

/**
 * The downward package (下发, UPWARD.md "After import"): the same signed .xlpkg container as
 * an upward package, its manifest marked `direction: 'downward'`, with these entries instead
 * of the travelling tables. Each part is data/<part>.ndjson, one line per item.
 */
export const DOWNWARD_PARTS = [
  'dictionaries',
  'reporting_tasks',
  'score_rules',
  'report_templates',
  'key_revocations',
] as const
export type DownwardPart = (typeof DOWNWARD_PARTS)[number]

/** Dictionaries an upper unit sets for the units below: activity types and 细分领域. */
export const DOWNWARD_DICTIONARY_KINDS = ['activity_type', 'category_detail'] as const

/** What a reporting task can ask a package to contain. */
export const TASK_INCLUDES = ['persons', 'organizations', 'activities', 'suggestions'] as const
export type TaskInclude = (typeof TASK_INCLUDES)[number]

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const stamp = z.string().max(64)

export const downwardLineSchemas = {
  dictionaries: z.strictObject({
    id: z.string().max(64),
    kind: z.enum(DOWNWARD_DICTIONARY_KINDS),
    code: z.string().min(1).max(20),
    name: z.string().min(1).max(50),
    parent_code: z.string().max(20).nullable(),
    sort: z.number().int(),
    disabled: z.union([z.literal(0), z.literal(1)]),
    updated_at: stamp,
  }),
  reporting_tasks: z.strictObject({
    id: z.string().max(64),
    period: z.string().min(1).max(40),
    deadline: ymd,
    includes: z.array(z.enum(TASK_INCLUDES)).max(TASK_INCLUDES.length),
    note: z.string().max(500).nullable(),
    updated_at: stamp,
    deleted: z.boolean(),
  }),
  score_rules: z.strictObject({ version: z.number().int().positive(), rules: scoreRulesSchema }),
  report_templates: z.strictObject({
    id: z.string().max(64),
    updated_at: stamp,
    template: reportTemplateSpecSchema,
  }),
  key_revocations: z.strictObject({
    unit_code: z.string().regex(/^\d{6}$/),
    fingerprint: z.string().regex(/^\d{60}$/),
    revoked_at: z.string().max(40),
    reason: z.string().max(500).nullable(),
  }),
} satisfies Record<DownwardPart, z.ZodType>

export type DownwardLine<P extends DownwardPart> = z.output<(typeof downwardLineSchemas)[P]>

/** Lines of every part, parsed and typed. */
export type DownwardContent = { [P in DownwardPart]: DownwardLine<P>[] }

/** Version text "x.y" or "x.y.z": what the minimum app version field takes. */
export const APP_VERSION_PATTERN = /^\d{1,4}\.\d{1,4}(\.\d{1,4})?$/
