import { Checkbox } from 'antd'
import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { ledgerPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { replaceRoute } from '../replaceRoute'
import { usePrintModel } from '../usePrintModel'
import { withPrintYear, YearLedgerFrame } from './YearLedgerFrame'

/** `#/print/ledger/<year>?planned=1`: the year's 活动台账 with its 合计 row and summary. */
export function LedgerPrint(props: {
  year: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  return withPrintYear(props.year, (year) => <LedgerDocument year={year} shell={props.shell} />)
}

function LedgerDocument(props: { year: number; shell: SystemStatus['shell'] }) {
  const path = useHashPath()
  const includePlanned = hashQuery(path).get('planned') === '1'
  const route = ledgerPrintPath(props.year, { includePlanned })
  const state = usePrintModel(route, () =>
    call('documents.ledger', { year: props.year, includePlanned }),
  )
  return (
    <YearLedgerFrame
      state={state}
      kind="ledger"
      route={route}
      year={props.year}
      shell={props.shell}
      backPath="/activities"
      options={
        <Checkbox
          checked={includePlanned}
          onChange={(e) =>
            replaceRoute(ledgerPrintPath(props.year, { includePlanned: e.target.checked }))
          }
        >
          {t.print.toolbar.includePlanned}
        </Checkbox>
      }
    />
  )
}
