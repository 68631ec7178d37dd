import type { Activity } from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'
import { formatYuan } from '../money'
import { activityTotals } from './activityTotals'

const txt = t.activitiesUi.list.totals

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'baseline', gap: 6 }}>
      <span style={{ color: '#5b6577' }}>{label}</span>
      <span style={{ fontSize: 18, fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </span>
    </div>
  )
}

/** The figures of what the list shows, as they go upward (cancelled activities left out). */
export function TotalsStrip({ items }: { items: readonly Activity[] }) {
  const s = activityTotals(items)
  return (
    <div
      role="group"
      aria-label={txt.heading}
      data-testid="activity-totals"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '6px 28px',
        alignItems: 'baseline',
        marginTop: 12,
        paddingTop: 10,
        borderTop: '1px solid #eef0f4',
      }}
    >
      <span style={{ color: '#8a94a6', fontSize: 12 }}>{txt.heading}</span>
      <Figure label={txt.activities} value={txt.activitiesValue(s.activities)} />
      <Figure label={txt.trainings} value={txt.trainingsValue(s.trainings)} />
      <Figure label={txt.attendance} value={txt.attendanceValue(s.attendance)} />
      <Figure label={txt.beneficiaries} value={txt.beneficiariesValue(s.beneficiaries)} />
      <Figure label={txt.donations} value={formatYuan(s.donatedFen)!} />
      <Figure label={txt.volunteerHours} value={txt.volunteerHoursValue(s.volunteerHours)} />
    </div>
  )
}
