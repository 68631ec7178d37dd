import { z } from 'zod'
import type { ReportDocument } from '../documents/yearReport'
import type { ComputedReport } from '../reports/report'
import {
  reportTemplateSpecSchema,
  type ReportTemplate,
  type ReportTemplateSummary,
} from '../reports/template'
import type { Period } from '../statistics/period'
import type { ExportResult } from './exports'
import { idField } from './fields'
import { procedure } from './procedure'
import { periodField, unitScopeField } from './statistics'

export type { ComputedReport, ReportDocument, ReportTemplate, ReportTemplateSummary }

export interface LockedReportSummary {
  id: string
  templateId: string
  templateName: string
  period: Period
  rulesVersion: number
  /** sha256 of the frozen report, hex. */
  hash: string
  lockedAt: string
  lockedBy: string | null
}

export interface LockedReport extends LockedReportSummary {
  report: ComputedReport
}

/** A report is a template's figures for a period, or one that was locked. */
export const reportSourceSchema = z.union([
  z.strictObject({ templateId: idField, period: periodField, units: unitScopeField }),
  z.strictObject({ lockedId: idField }),
])

/**
 * 统计报表: templates as data (rows of indicators, columns, notes), filled for a period by
 * the one indicator engine, shown, printed, exported, and locked so that what was sent
 * stays as it was.
 */
export const reportsContract = {
  'reports.templates': procedure<ReportTemplateSummary[]>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
  'reports.template': procedure<ReportTemplate>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
  /** Creates (no id) or replaces a template; `updatedAt` refuses to overwrite a newer edit. */
  'reports.saveTemplate': procedure<ReportTemplate>()({
    input: z.strictObject({
      id: idField.optional(),
      updatedAt: z.string().max(40).optional(),
      template: reportTemplateSpecSchema,
    }),
    access: 'operator',
    audited: true,
  }),
  'reports.deleteTemplate': procedure<{ id: string }>()({
    input: z.strictObject({ id: idField }),
    access: 'operator',
    audited: true,
  }),
  /** A saved template, or the editor's unsaved draft, filled with the period's figures. */
  'reports.compute': procedure<ComputedReport>()({
    input: z.union([
      z.strictObject({ templateId: idField, period: periodField, units: unitScopeField }),
      z.strictObject({
        draft: reportTemplateSpecSchema,
        period: periodField,
        units: unitScopeField,
      }),
    ]),
    access: 'viewer',
  }),
  /** The print model, A4 portrait. */
  'reports.document': procedure<ReportDocument>()({
    input: reportSourceSchema,
    access: 'viewer',
  }),
  /** The same table as .xlsx; audited by its handler like every export. */
  'reports.export': procedure<ExportResult>()({
    input: reportSourceSchema,
    access: 'viewer',
  }),
  /** Freezes the figures with the template as it is, the rule version and a hash. */
  'reports.lock': procedure<LockedReport>()({
    input: z.strictObject({ templateId: idField, period: periodField }),
    access: 'operator',
    audited: true,
  }),
  'reports.locked': procedure<LockedReportSummary[]>()({
    input: z.strictObject({}),
    access: 'viewer',
  }),
  'reports.lockedReport': procedure<LockedReport>()({
    input: z.strictObject({ id: idField }),
    access: 'viewer',
  }),
}
