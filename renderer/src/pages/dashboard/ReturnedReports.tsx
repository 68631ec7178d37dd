import { useEffect, useState } from 'react'
import { Alert, Button, Space } from 'antd'
import type { BoardCell } from '../../../../shared/contract/packagesBoard'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { navigate } from '../../router/hashRoute'

const txt = t.boardUi

/**
 * At a county: the periods the upper unit sent back, with its reason, where the staff look
 * first. Nothing when there is none (or at an upper unit, whose board lists its 下级).
 */
export function ReturnedReports() {
  const [returned, setReturned] = useState<BoardCell[]>([])
  useEffect(() => {
    call('packages.statusBoard', {})
      .then((b) =>
        setReturned(b.scope === 'own' ? b.cells.filter((c) => c.status === 'returned') : []),
      )
      // The 工作台 stands without it: the 上报 page says the same and reports a failure.
      .catch(() => setReturned([]))
  }, [])
  if (!returned.length) return null
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="returned-reports"
      style={{ marginBottom: 12 }}
      title={txt.returnedTitle}
      description={
        <Space orientation="vertical" size={4}>
          {returned.map((c) => (
            <span key={c.period}>{txt.returnedAlert(c.period, c.reason ?? '')}</span>
          ))}
        </Space>
      }
      action={<Button onClick={() => navigate('/reports/board')}>{txt.openBoard}</Button>}
    />
  )
}
