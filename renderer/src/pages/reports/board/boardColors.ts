import type { BoardStatus } from '../../../../../shared/contract/packagesBoard'

/** Tag colours of the board's states, in step with the package list's. */
export const BOARD_COLOR: Record<BoardStatus, string> = {
  notReported: 'default',
  generated: 'blue',
  received: 'green',
  receivedWithWarnings: 'gold',
  returned: 'orange',
  reviewed: 'cyan',
  refused: 'red',
}
