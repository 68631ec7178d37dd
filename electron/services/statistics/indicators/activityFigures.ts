import type BetterSqlite3 from 'better-sqlite3'
import { TRAINING_TYPE_CODE } from '../../../../shared/contract/activities'
import { SERVICE_TYPE_CODES } from '../../../../shared/statistics/indicators'
import type { Period } from '../../../../shared/statistics/period'
import { prepared } from '../../persons/prepared'
import { siteCondition, type SiteScope } from '../siteScope'

export interface HeldActivityRow {
  start_date: string
  type: string
  training_level: string | null
  /** 实到: the recorded actual count, else participants marked present. */
  attended: number
  beneficiaries: number | null
  donation_fen: number | null
  goods_fen: number | null
  volunteer_hours: number | null
  training_days: number | null
}

/** Held activities starting in the period (of the units in scope), one row each with its 实到. */
export function heldActivities(
  sqlite: BetterSqlite3.Database,
  period: Period,
  sites: SiteScope,
): HeldActivityRow[] {
  const [inScope, params] = siteCondition('a.site_id', sites)
  return prepared(
    sqlite,
    `SELECT a.start_date, a.type, a.training_level, a.beneficiaries, a.donation_fen, a.goods_fen,
            a.volunteer_hours, a.training_days,
            coalesce(a.actual_count,
              (SELECT count(*) FROM participants p
                WHERE p.activity_id = a.id AND p.deleted_at IS NULL AND p.attendance = 'present'))
              AS attended
       FROM activities a
      WHERE a.deleted_at IS NULL AND a.status = 'held' AND a.start_date BETWEEN ? AND ?${inScope}`,
  ).all(period.from, period.to, ...params) as HeldActivityRow[]
}

const SERVICE: ReadonlySet<string> = new Set(SERVICE_TYPE_CODES)
const FEN_PER_WAN = 1_000_000

/** 场次, 人次, service, training and outcome figures of the period's held activities. */
export function activityFigures(rows: readonly HeldActivityRow[]): Record<string, number> {
  const out: Record<string, number> = {}
  const add = (id: string, n: number) => (out[id] = (out[id] ?? 0) + n)
  for (const a of rows) {
    add('activities.count', 1)
    add('activities.attendance', a.attended)
    add(`activities.type.${a.type}.count`, 1)
    add(`activities.type.${a.type}.attendance`, a.attended)
    add('activities.donations', (a.donation_fen ?? 0) / FEN_PER_WAN)
    add('activities.goods', (a.goods_fen ?? 0) / FEN_PER_WAN)
    add('activities.volunteerHours', a.volunteer_hours ?? 0)
    add('service.beneficiaries', a.beneficiaries ?? 0)
    if (SERVICE.has(a.type)) {
      add('service.count', 1)
      add('service.experts', a.attended)
    }
    if (a.type === TRAINING_TYPE_CODE) {
      add('trainings.count', 1)
      add('trainings.attendance', a.attended)
      add('trainings.days', a.training_days ?? 0)
      if (a.training_level) {
        add(`trainings.${a.training_level}.count`, 1)
        add(`trainings.${a.training_level}.attendance`, a.attended)
      }
    }
  }
  return out
}
