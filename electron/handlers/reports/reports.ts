import { insertReportLock, reportLockFor } from '../../../db/repos/reportTemplates'
import type { InputOf } from '../../../shared/contract/procedure'
import type { reportsContract } from '../../../shared/contract/reports'
import {
  buildReportDocument,
  periodLabel,
  type LockStamp,
} from '../../../shared/documents/yearReport'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import {
  reportAuditText as audit,
  reportDocumentText as docText,
  reportMessages as msg,
} from '../../../shared/i18n/reports'
import type { ComputedReport } from '../../../shared/reports/report'
import type { ReportTemplateSpec } from '../../../shared/reports/template'
import { periodText, type Period } from '../../../shared/statistics/period'
import { AppError } from '../../core/appError'
import { currentUser, type HandlerContext } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { unitName } from '../../services/documents/localNames'
import { deliverExport } from '../../services/export/deliverExport'
import { writeDocumentSheet } from '../../services/export/documentWorkbook'
import { fileStamp } from '../../services/export/exportFiles'
import { syncPersonListIndexBeforeWriting } from '../../services/persons/listIndex/registry'
import { computeReport } from '../../services/reports/computeReport'
import {
  lockedOr404,
  lockedSummaries,
  reportHash,
  toLockedReport,
} from '../../services/reports/lockedReports'
import { templateOr404 } from '../../services/reports/templates'
import { scopeOfUnits, unitNamesOf } from '../../services/statistics/siteScope'
import { todayOf } from '../persons/personsShared'

/** `units` narrows an upper unit's report to 本单位 or a unit below, named as 填报单位. */
async function compute(
  ctx: HandlerContext,
  templateId: string | null,
  template: ReportTemplateSpec,
  period: Period,
  units?: string[],
): Promise<ComputedReport> {
  return computeReport(ctx.sqlite, {
    templateId,
    template,
    period,
    sites: scopeOfUnits(ctx.sqlite, units),
    unitName: units?.length ? unitNamesOf(ctx.sqlite, units) : await unitName(ctx.db),
    today: todayOf(ctx),
    nowMs: ctx.clock.nowMs(),
  })
}

function specOf(id: string, ctx: HandlerContext): ReportTemplateSpec {
  const { name, title, rows, columns, notes } = templateOr404(ctx.sqlite, id)
  return { name, title, rows, columns, notes }
}

/** A live report of a template, or a locked one exactly as it was frozen. */
async function resolve(
  ctx: HandlerContext,
  source: InputOf<(typeof reportsContract)['reports.document']>,
): Promise<{ report: ComputedReport; locked: LockStamp | null }> {
  if ('lockedId' in source) {
    const l = lockedOr404(ctx.sqlite, source.lockedId)
    return {
      report: l.report,
      locked: { lockedAt: l.lockedAt, lockedBy: l.lockedBy, hash: l.hash },
    }
  }
  const spec = specOf(source.templateId, ctx)
  const report = await compute(ctx, source.templateId, spec, source.period, source.units)
  return { report, locked: null }
}

export const reportHandlers: DomainHandlers<
  | 'reports.compute'
  | 'reports.document'
  | 'reports.export'
  | 'reports.lock'
  | 'reports.locked'
  | 'reports.lockedReport'
> = {
  'reports.compute': (ctx, input) =>
    'draft' in input
      ? compute(ctx, null, input.draft, input.period, input.units)
      : compute(ctx, input.templateId, specOf(input.templateId, ctx), input.period, input.units),

  'reports.document': async (ctx, source) => {
    const { report, locked } = await resolve(ctx, source)
    return buildReportDocument(report, { date: todayOf(ctx), locked })
  },

  'reports.export': async (ctx, source) => {
    const { report, locked } = await resolve(ctx, source)
    const model = buildReportDocument(report, { date: todayOf(ctx), locked })
    const name = report.template.name
    const period = periodLabel(report.period)
    return deliverExport(ctx, {
      action: 'reports.export',
      fileName: docText.fileName(
        name,
        periodText(report.period),
        fileStamp(new Date(ctx.clock.nowMs())),
      ),
      masked: true,
      write: async (path) => {
        const rows = await writeDocumentSheet(path, docText.sheetName, model)
        return { rows, detail: docText.exportAudit(name, period, rows) }
      },
    })
  },

  'reports.lock': async (ctx, { templateId, period }) => {
    const spec = specOf(templateId, ctx)
    if (reportLockFor(ctx.sqlite, templateId, period.from, period.to))
      throw new AppError('CONFLICT', msg.alreadyLocked(spec.name, periodLabel(period)))
    syncPersonListIndexBeforeWriting(ctx.sqlite)
    const report = await compute(ctx, templateId, spec, period)
    const json = JSON.stringify(report)
    const id = uuidv7(ctx.clock.nowMs())
    insertReportLock(ctx.sqlite, {
      id,
      template_id: templateId,
      template_name: spec.name,
      template: JSON.stringify(spec),
      period_from: period.from,
      period_to: period.to,
      report: json,
      rules_version: report.rulesVersion,
      hash: reportHash(json),
      locked_at: ctx.clock.nowIso(),
      locked_by: currentUser(ctx).username,
    })
    ctx.note({
      objectType: 'report_lock',
      objectId: id,
      detail: audit.locked(spec.name, periodLabel(period), report.rulesVersion),
    })
    return toLockedReport(reportLockFor(ctx.sqlite, templateId, period.from, period.to)!)
  },

  'reports.locked': (ctx) => lockedSummaries(ctx.sqlite),

  'reports.lockedReport': (ctx, { id }) => lockedOr404(ctx.sqlite, id),
}
