import type { MonthFigures } from '../../../../shared/contract/statistics'
import type { Period } from '../../../../shared/statistics/period'
import { activityFigures, type HeldActivityRow } from './activityFigures'

/** Every month the period touches, `YYYY-MM`, in order. */
export function monthsOf(period: Period): string[] {
  const out: string[] = []
  let y = Number(period.from.slice(0, 4))
  let m = Number(period.from.slice(5, 7))
  const last = period.to.slice(0, 7)
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    out.push(month)
    if (month >= last) return out
    if (++m > 12) {
      m = 1
      y++
    }
  }
}

/**
 * 场次 and 人次 of the period's held activities month by month: the rows of one month go
 * through activityFigures, so each month is the activities.count and activities.attendance
 * of that month and the months add up to the period's figures.
 */
export function monthlyActivities(
  rows: readonly HeldActivityRow[],
  period: Period,
): MonthFigures[] {
  const byMonth = new Map<string, HeldActivityRow[]>(monthsOf(period).map((m) => [m, []]))
  for (const r of rows) byMonth.get(r.start_date.slice(0, 7))?.push(r)
  return [...byMonth].map(([month, held]) => {
    const f = activityFigures(held)
    return {
      month,
      count: f['activities.count'] ?? 0,
      attendance: f['activities.attendance'] ?? 0,
    }
  })
}
