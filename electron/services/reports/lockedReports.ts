import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import {
  reportLockRow,
  reportLockRows,
  type ReportLockRow,
} from '../../../db/repos/reportTemplates'
import type { LockedReport, LockedReportSummary } from '../../../shared/contract/reports'
import { reportMessages as msg } from '../../../shared/i18n/reports'
import type { ComputedReport } from '../../../shared/reports/report'
import { AppError } from '../../core/appError'

/** sha256 of the report exactly as stored: a copy that differs by one figure differs here. */
export function reportHash(reportJson: string): string {
  return createHash('sha256').update(reportJson).digest('hex')
}

function toSummary(row: ReportLockRow): LockedReportSummary {
  return {
    id: row.id,
    templateId: row.template_id,
    templateName: row.template_name,
    period: { from: row.period_from, to: row.period_to },
    rulesVersion: row.rules_version,
    hash: row.hash,
    lockedAt: row.locked_at,
    lockedBy: row.locked_by,
  }
}

export function toLockedReport(row: ReportLockRow): LockedReport {
  return { ...toSummary(row), report: JSON.parse(row.report) as ComputedReport }
}

export function lockedSummaries(sqlite: BetterSqlite3.Database): LockedReportSummary[] {
  return reportLockRows(sqlite).map(toSummary)
}

export function lockedOr404(sqlite: BetterSqlite3.Database, id: string): LockedReport {
  const row = reportLockRow(sqlite, id)
  if (!row) throw new AppError('NOT_FOUND', msg.lockedNotFound)
  return toLockedReport(row)
}
