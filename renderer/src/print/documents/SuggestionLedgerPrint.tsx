import { Alert } from 'antd'
import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { PrintFrame } from '../PrintFrame'
import { suggestionLedgerPrintPath } from '../printLinks'
import { TableSheet } from '../sheets/TableSheet'
import { usePrintModel } from '../usePrintModel'

/** `#/print/suggestion-ledger/<year>`: the year's 建言献策台账, A4 landscape. */
export function SuggestionLedgerPrint(props: {
  year: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  const year = /^\d{4}$/.test(props.year) ? Number(props.year) : NaN
  if (!(year >= 1949 && year <= 2999)) {
    return <Alert type="error" showIcon title={t.print.badYear} style={{ margin: 48 }} />
  }
  return <SuggestionLedgerDocument year={year} shell={props.shell} />
}

function SuggestionLedgerDocument(props: { year: number; shell: SystemStatus['shell'] }) {
  const route = suggestionLedgerPrintPath(props.year)
  const state = usePrintModel(route, () => call('suggestions.ledger', { year: props.year }))
  const ledger = state.status === 'ready' ? state.model : null
  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="landscape"
      backPath="/suggestions"
      job={
        ledger && {
          kind: 'suggestionLedger',
          route,
          landscape: true,
          title: ledger.title,
          pages: ledger.pages.length,
          masked: true,
          objectId: String(props.year),
        }
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
