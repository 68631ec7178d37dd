import type BetterSqlite3 from 'better-sqlite3'
import type { ReportLocksTable, ReportTemplatesTable } from '../schema'

export type ReportTemplateRow = ReportTemplatesTable
export type ReportLockRow = ReportLocksTable

export function reportTemplateRows(sqlite: BetterSqlite3.Database): ReportTemplateRow[] {
  return sqlite
    .prepare('SELECT * FROM report_templates ORDER BY is_default DESC, name')
    .all() as ReportTemplateRow[]
}

export function reportTemplateRow(
  sqlite: BetterSqlite3.Database,
  id: string,
): ReportTemplateRow | undefined {
  return sqlite.prepare('SELECT * FROM report_templates WHERE id = ?').get(id) as
    ReportTemplateRow | undefined
}

export function reportTemplateIdByName(
  sqlite: BetterSqlite3.Database,
  name: string,
): string | undefined {
  return sqlite.prepare('SELECT id FROM report_templates WHERE name = ?').pluck().get(name) as
    string | undefined
}

export function insertReportTemplate(sqlite: BetterSqlite3.Database, row: ReportTemplateRow) {
  sqlite
    .prepare(
      `INSERT INTO report_templates
         (id, name, title, rows, columns, notes, is_default, created_at, updated_at, updated_by)
       VALUES (@id, @name, @title, @rows, @columns, @notes, @is_default, @created_at,
         @updated_at, @updated_by)`,
    )
    .run(row)
}

export function updateReportTemplate(
  sqlite: BetterSqlite3.Database,
  row: Omit<ReportTemplateRow, 'is_default' | 'created_at'>,
) {
  sqlite
    .prepare(
      `UPDATE report_templates SET name = @name, title = @title, rows = @rows,
         columns = @columns, notes = @notes, updated_at = @updated_at, updated_by = @updated_by
       WHERE id = @id`,
    )
    .run(row)
}

export function deleteReportTemplate(sqlite: BetterSqlite3.Database, id: string) {
  sqlite.prepare('DELETE FROM report_templates WHERE id = ?').run(id)
}

export function reportLockRows(sqlite: BetterSqlite3.Database): ReportLockRow[] {
  return sqlite
    .prepare('SELECT * FROM report_locks ORDER BY locked_at DESC, id DESC')
    .all() as ReportLockRow[]
}

export function reportLockRow(
  sqlite: BetterSqlite3.Database,
  id: string,
): ReportLockRow | undefined {
  return sqlite.prepare('SELECT * FROM report_locks WHERE id = ?').get(id) as
    ReportLockRow | undefined
}

export function reportLockFor(
  sqlite: BetterSqlite3.Database,
  templateId: string,
  from: string,
  to: string,
): ReportLockRow | undefined {
  return sqlite
    .prepare(
      'SELECT * FROM report_locks WHERE template_id = ? AND period_from = ? AND period_to = ?',
    )
    .get(templateId, from, to) as ReportLockRow | undefined
}

export function insertReportLock(sqlite: BetterSqlite3.Database, row: ReportLockRow) {
  sqlite
    .prepare(
      `INSERT INTO report_locks
         (id, template_id, template_name, template, period_from, period_to, report,
          rules_version, hash, locked_at, locked_by)
       VALUES (@id, @template_id, @template_name, @template, @period_from, @period_to, @report,
         @rules_version, @hash, @locked_at, @locked_by)`,
    )
    .run(row)
}
