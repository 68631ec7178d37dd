import {
  deleteReportTemplate,
  insertReportTemplate,
  reportTemplateIdByName,
  updateReportTemplate,
} from '../../../db/repos/reportTemplates'
import { uuidv7 } from '../../../shared/ids/uuidv7'
import { reportAuditText as audit, reportMessages as msg } from '../../../shared/i18n/reports'
import { AppError } from '../../core/appError'
import { currentUser } from '../../core/context'
import type { DomainHandlers } from '../../core/handlerTypes'
import { templateOr404, templateSummaries } from '../../services/reports/templates'

export const reportTemplateHandlers: DomainHandlers<
  'reports.templates' | 'reports.template' | 'reports.saveTemplate' | 'reports.deleteTemplate'
> = {
  'reports.templates': (ctx) => templateSummaries(ctx.sqlite),

  'reports.template': (ctx, { id }) => templateOr404(ctx.sqlite, id),

  'reports.saveTemplate': (ctx, { id, updatedAt, template }) => {
    const sameName = reportTemplateIdByName(ctx.sqlite, template.name)
    if (sameName && sameName !== id) throw new AppError('CONFLICT', msg.nameTaken(template.name))
    const now = ctx.clock.nowIso()
    const fields = {
      name: template.name,
      title: template.title,
      rows: JSON.stringify(template.rows),
      columns: JSON.stringify(template.columns),
      notes: JSON.stringify(template.notes),
      updated_at: now,
      updated_by: currentUser(ctx).username,
    }
    let savedId: string
    if (id) {
      const before = templateOr404(ctx.sqlite, id)
      if (updatedAt && updatedAt !== before.updatedAt)
        throw new AppError('CONFLICT', msg.staleTemplate)
      updateReportTemplate(ctx.sqlite, { id, ...fields })
      savedId = id
    } else {
      savedId = uuidv7(ctx.clock.nowMs())
      insertReportTemplate(ctx.sqlite, { id: savedId, ...fields, is_default: 0, created_at: now })
    }
    ctx.note({
      objectType: 'report_template',
      objectId: savedId,
      detail: audit.saved(template.name, !id),
    })
    return templateOr404(ctx.sqlite, savedId)
  },

  'reports.deleteTemplate': (ctx, { id }) => {
    const template = templateOr404(ctx.sqlite, id)
    if (template.isDefault) throw new AppError('CONFLICT', msg.defaultUndeletable)
    deleteReportTemplate(ctx.sqlite, id)
    ctx.note({ objectType: 'report_template', objectId: id, detail: audit.deleted(template.name) })
    return { id }
  },
}
