import { Alert, Checkbox } from 'antd'
import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { ledgerPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { replaceRoute } from '../replaceRoute'
import { TableSheet } from '../sheets/TableSheet'
import { usePrintModel } from '../usePrintModel'

/** `#/print/ledger/<year>?planned=1`: the year's 活动台账 with its 合计 row and summary. */
export function LedgerPrint(props: {
  year: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  const year = /^\d{4}$/.test(props.year) ? Number(props.year) : NaN
  if (!(year >= 1949 && year <= 2999)) {
    return <Alert type="error" showIcon title={t.print.badYear} style={{ margin: 48 }} />
  }
  return <LedgerDocument year={year} shell={props.shell} />
}

function LedgerDocument(props: { year: number; shell: SystemStatus['shell'] }) {
  const path = useHashPath()
  const includePlanned = hashQuery(path).get('planned') === '1'
  const route = ledgerPrintPath(props.year, { includePlanned })
  const state = usePrintModel(route, () =>
    call('documents.ledger', { year: props.year, includePlanned }),
  )
  const ledger = state.status === 'ready' ? state.model : null

  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="landscape"
      backPath="/activities"
      job={
        ledger && {
          kind: 'ledger',
          route,
          landscape: true,
          title: ledger.title,
          pages: ledger.pages.length,
          masked: true,
          objectId: String(props.year),
        }
      }
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
    >
      {ledger?.pages.map((page) => (
        <TableSheet
          key={page.number}
          doc={ledger}
          page={page}
          totalRow={ledger.totalRow}
          footerAlign="left"
        />
      ))}
    </PrintFrame>
  )
}
