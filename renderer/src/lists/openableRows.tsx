import type { HTMLAttributes, MouseEvent } from 'react'
import { Typography } from 'antd'

/** Table rows that open their record on a click or Enter, reachable with Tab. */
export function openableRows<T>(open: (record: T) => void) {
  return (record: T): HTMLAttributes<HTMLElement> => ({
    onClick: () => open(record),
    onKeyDown: (e) => {
      if (e.key === 'Enter') open(record)
    },
    tabIndex: 0,
    style: { cursor: 'pointer' },
  })
}

const stopRowClick = (e: MouseEvent) => e.stopPropagation()

/** A title cell that is a real link (middle-click, copy address) without also firing the row. */
export function RecordLink({ href, children }: { href: string; children: string }) {
  return (
    <Typography.Link href={href} onClick={stopRowClick}>
      {children}
    </Typography.Link>
  )
}
