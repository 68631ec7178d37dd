import { useCallback } from 'react'
import { Alert, Button } from 'antd'
import type { ReportingTasks } from '../../../../shared/contract/downward'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { navigate } from '../../router/hashRoute'

const txt = t.downwardUi

/**
 * The next reporting deadline set by the upper unit (下发), with the days left or overdue;
 * shown once a task has come down, and opening the package wizard on its period.
 */
export function DeadlineCard() {
  const load = useCallback(() => call('downward.tasks', {}) as Promise<ReportingTasks | null>, [])
  const { data } = useLoaded(load, null)
  if (!data || !data.tasks.some((x) => !x.own)) return null
  const next = data.next
  if (!next) {
    return (
      <Alert style={{ marginBottom: 12 }} type="success" showIcon title={txt.dashboard.allDone} />
    )
  }
  const state = next.state === 'sent' ? txt.tasks.states.sent : txt.days(next.daysLeft)
  return (
    <Alert
      data-testid="next-deadline"
      style={{ marginBottom: 12 }}
      type={next.daysLeft < 0 ? 'error' : next.daysLeft <= 7 ? 'warning' : 'info'}
      showIcon
      title={`${txt.dashboard.title}：${txt.dashboard.line(next.period, next.issuer.name)}，${txt.dashboard.deadline(next.deadline)}，${state}`}
      description={
        next.includes.length
          ? `${txt.tasks.includes}：${next.includes.map((i) => txt.includeNames[i] ?? i).join('、')}${next.note ? `；${next.note}` : ''}`
          : (next.note ?? undefined)
      }
      action={
        <Button size="small" type="primary" onClick={() => navigate('/reports/export')}>
          {txt.dashboard.open}
        </Button>
      }
    />
  )
}
