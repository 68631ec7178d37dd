import type { SystemStatus } from '../../../../shared/contract'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { statusBoardPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { TableSheet } from '../sheets/TableSheet'
import { usePrintModel } from '../usePrintModel'

/** `#/print/status-board?period=…`: 上报情况 on A4 landscape. */
export function StatusBoardPrint(props: { shell: SystemStatus['shell'] }) {
  const period = hashQuery(useHashPath()).get('period') || undefined
  const route = statusBoardPrintPath(period)
  const state = usePrintModel(route, () => call('packages.boardSheet', { period }))
  const sheet = state.status === 'ready' ? state.model : null
  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="landscape"
      backPath="/reports/board"
      job={
        sheet && {
          kind: 'statusBoard',
          route,
          landscape: true,
          title: sheet.title,
          pages: sheet.pages.length,
          // Units, periods and counts: nothing personal on it.
          masked: true,
        }
      }
    >
      {sheet?.pages.map((page) => (
        <TableSheet key={page.number} doc={sheet} page={page} footerAlign="left" />
      ))}
    </PrintFrame>
  )
}
