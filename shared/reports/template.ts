import { z } from 'zod'
import { INDICATOR_BY_ID } from '../statistics/indicators'

/** The figure columns a report template may show, in the order a table usually has them. */
export const REPORT_COLUMNS = ['current', 'lastYear', 'change', 'changePercent'] as const
export type ReportColumn = (typeof REPORT_COLUMNS)[number]

const label = z.string().trim().min(1).max(60)

export const reportRowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('section'), label }),
  z.strictObject({
    kind: z.literal('indicator'),
    indicatorId: z
      .string()
      .max(80)
      .refine((id) => INDICATOR_BY_ID.has(id), 'unknown indicator'),
    /** The indicator's own name when left out. */
    label: label.optional(),
    /** 0 = a line of its own, 1 = 其中, 2 = under a 其中. */
    indent: z.number().int().min(0).max(2).default(0),
  }),
])
export type ReportRow = z.output<typeof reportRowSchema>
export type ReportRowInput = z.input<typeof reportRowSchema>

/** What a user edits: the layout of a report, no figures. */
export const reportTemplateSpecSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(80),
  rows: z
    .array(reportRowSchema)
    .max(300)
    .refine((rows) => rows.some((r) => r.kind === 'indicator'), 'no indicator'),
  columns: z
    .array(z.enum(REPORT_COLUMNS))
    .min(1)
    .max(REPORT_COLUMNS.length)
    .refine((c) => new Set(c).size === c.length, 'duplicate column'),
  notes: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
})
export type ReportTemplateSpec = z.output<typeof reportTemplateSpecSchema>
export type ReportTemplateSpecInput = z.input<typeof reportTemplateSpecSchema>

export interface ReportTemplate extends ReportTemplateSpec {
  id: string
  /** The shipped table: it can be edited but not deleted. */
  isDefault: boolean
  updatedAt: string
  updatedBy: string | null
}

export type ReportTemplateSummary = Pick<
  ReportTemplate,
  'id' | 'name' | 'title' | 'isDefault' | 'updatedAt'
> & { rowCount: number }
