import type BetterSqlite3 from 'better-sqlite3'
import {
  reportTemplateRow,
  reportTemplateRows,
  type ReportTemplateRow,
} from '../../../db/repos/reportTemplates'
import type { ReportTemplate, ReportTemplateSummary } from '../../../shared/reports/template'
import { reportMessages as msg } from '../../../shared/i18n/reports'
import { AppError } from '../../core/appError'

export function toTemplate(row: ReportTemplateRow): ReportTemplate {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    rows: JSON.parse(row.rows) as ReportTemplate['rows'],
    columns: JSON.parse(row.columns) as ReportTemplate['columns'],
    notes: JSON.parse(row.notes) as string[],
    isDefault: row.is_default === 1,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}

export function templateSummaries(sqlite: BetterSqlite3.Database): ReportTemplateSummary[] {
  return reportTemplateRows(sqlite).map((row) => {
    const t = toTemplate(row)
    return {
      id: t.id,
      name: t.name,
      title: t.title,
      isDefault: t.isDefault,
      updatedAt: t.updatedAt,
      rowCount: t.rows.length,
    }
  })
}

export function templateOr404(sqlite: BetterSqlite3.Database, id: string): ReportTemplate {
  const row = reportTemplateRow(sqlite, id)
  if (!row) throw new AppError('NOT_FOUND', msg.templateNotFound)
  return toTemplate(row)
}
