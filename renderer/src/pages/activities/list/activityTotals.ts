import type { Activity } from '../../../../../shared/contract/activities'

export interface ActivityTotals {
  /** 场次 of activities other than trainings. */
  activities: number
  /** 期 of trainings. */
  trainings: number
  /** 人次: the 实到 of every activity. */
  attendance: number
  beneficiaries: number
  /** Money and goods donated, in 分. */
  donatedFen: number
  volunteerHours: number
}

/** The year's figures as the office reports them: cancelled activities never count. */
export function activityTotals(items: readonly Activity[]): ActivityTotals {
  const totals: ActivityTotals = {
    activities: 0,
    trainings: 0,
    attendance: 0,
    beneficiaries: 0,
    donatedFen: 0,
    volunteerHours: 0,
  }
  for (const a of items) {
    if (a.status === 'cancelled') continue
    if (a.isTraining) totals.trainings++
    else totals.activities++
    totals.attendance += a.attendance.actual
    totals.beneficiaries += a.beneficiaries ?? 0
    totals.donatedFen += (a.donationFen ?? 0) + (a.goodsFen ?? 0)
    totals.volunteerHours += a.volunteerHours ?? 0
  }
  return totals
}
