import { Card, Statistic, Tooltip, Typography } from 'antd'
import type { ReactNode } from 'react'
import { INDICATOR_BY_ID } from '../../../../shared/statistics/indicators'

/**
 * One figure of the dashboard: its indicator's value, the definition on hover, a line of
 * context below, and a click (or Enter) that opens the list it counts.
 */
export function FigureCard({
  title,
  indicator,
  value,
  note,
  onOpen,
}: {
  title: string
  indicator: string
  value: number
  note?: ReactNode
  onOpen?: () => void
}) {
  const def = INDICATOR_BY_ID.get(indicator)
  const open = onOpen
    ? {
        role: 'button',
        tabIndex: 0,
        onClick: onOpen,
        onKeyDown: (e: React.KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            onOpen()
          }
        },
        style: { cursor: 'pointer' },
      }
    : {}
  return (
    <Tooltip title={def?.definition} placement="bottom" mouseEnterDelay={0.4}>
      <Card
        size="small"
        hoverable={!!onOpen}
        data-indicator={indicator}
        aria-label={title}
        {...open}
      >
        <Statistic title={title} value={value} precision={def?.decimals ?? 0} suffix={def?.unit} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {note ?? '\u00a0'}
        </Typography.Text>
      </Card>
    </Tooltip>
  )
}
