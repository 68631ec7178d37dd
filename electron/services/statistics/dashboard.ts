import type BetterSqlite3 from 'better-sqlite3'
import type {
  Dashboard,
  QualityCheck,
  RecentImport,
  UpcomingActivity,
} from '../../../shared/contract/statistics'
import { QUALITY_CHECKS } from '../../../shared/contract/statistics'
import { samePeriodLastYear, yearPeriod } from '../../../shared/statistics/period'
import { countPersons } from '../persons/personList'
import { prepared } from '../persons/prepared'
import { indicatorReport } from './indicatorReport'

/** The figures of 工作台; each is an indicator, so the dashboard and reports agree. */
export const DASHBOARD_INDICATORS = [
  'persons.total',
  'persons.added',
  'persons.exits',
  'persons.netChange',
  'persons.team.1',
  'activities.count',
  'activities.attendance',
  'trainings.count',
  'trainings.attendance',
  'service.count',
  'suggestions.submitted',
  'suggestions.adopted',
] as const

const LIST_LENGTH = 5

function upcoming(sqlite: BetterSqlite3.Database, today: string): UpcomingActivity[] {
  return prepared(
    sqlite,
    `SELECT id, title, type, start_date AS startDate, start_time AS startTime, place
       FROM activities
      WHERE deleted_at IS NULL AND status = 'planned' AND start_date >= ?
      ORDER BY start_date, start_time LIMIT ${LIST_LENGTH}`,
  ).all(today) as UpcomingActivity[]
}

function recentImports(sqlite: BetterSqlite3.Database): RecentImport[] {
  return prepared(
    sqlite,
    `SELECT id, kind, at, file_name AS fileName, created_count AS created, updated_count AS updated,
            status
       FROM import_batches ORDER BY at DESC LIMIT ${LIST_LENGTH}`,
  ).all() as RecentImport[]
}

/** What a head sees on opening the app: this year against last, what comes next, what to fix. */
export function dashboard(sqlite: BetterSqlite3.Database, today: string, nowMs: number): Dashboard {
  const year = Number(today.slice(0, 4))
  const period = yearPeriod(year)
  const quality = Object.fromEntries(
    QUALITY_CHECKS.map((q) => [q, countPersons(sqlite, { quality: q }, today)]),
  ) as Record<QualityCheck, number>
  return {
    today,
    year,
    thisYear: indicatorReport(sqlite, period, today, nowMs, DASHBOARD_INDICATORS),
    lastYear: indicatorReport(
      sqlite,
      samePeriodLastYear(period),
      today,
      nowMs,
      DASHBOARD_INDICATORS,
    ),
    upcoming: upcoming(sqlite, today),
    recentImports: recentImports(sqlite),
    quality,
  }
}
