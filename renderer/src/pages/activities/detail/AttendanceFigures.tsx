import { Tooltip, Typography } from 'antd'
import type { AttendanceSummary } from '../../../../../shared/contract/activities'
import { t } from '../../../../../shared/i18n'

const txt = t.activitiesUi.detail

function Figure({
  label,
  value,
  big,
  color,
  testId,
}: {
  label: string
  value: number
  big?: boolean
  color?: string
  testId?: string
}) {
  return (
    <div style={{ minWidth: big ? 104 : 64 }}>
      <div style={{ color: '#5b6577', fontSize: big ? 14 : 13 }}>{label}</div>
      <div
        data-testid={testId}
        style={{
          fontSize: big ? 34 : 20,
          lineHeight: 1.2,
          fontWeight: big ? 700 : 500,
          color: color ?? '#1f2329',
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        {value}
        <span style={{ fontSize: big ? 15 : 13, fontWeight: 400, marginLeft: 2 }}>
          {txt.personUnit}
        </span>
      </div>
    </div>
  )
}

/** 应到 and 实到 in large type — the figure staff are asked for — with the breakdown beside. */
export function AttendanceFigures({
  summary,
  manual,
}: {
  summary: AttendanceSummary
  /** 实到 was typed by hand on the activity, not counted from the list. */
  manual: boolean
}) {
  return (
    <div
      role="group"
      aria-label={txt.figures}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-end' }}
    >
      <Figure label={txt.expected} value={summary.expected} big testId="expected-count" />
      <div>
        <Figure
          label={txt.actual}
          value={summary.actual}
          big
          color="#1f5a9e"
          testId="actual-count"
        />
        {manual && (
          <Tooltip title={t.activitiesUi.form.actualHelp}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {txt.actualManual}
            </Typography.Text>
          </Tooltip>
        )}
      </div>
      <div style={{ display: 'flex', gap: 18, paddingBottom: 4 }}>
        <Figure label={txt.present} value={summary.present} color="#237804" />
        <Figure label={txt.absent} value={summary.absent} color="#a8071a" />
        <Figure label={txt.leave} value={summary.leave} color="#ad6800" />
        <Figure label={txt.registered} value={summary.registered} color="#8a94a6" />
      </div>
    </div>
  )
}
