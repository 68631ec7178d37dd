import type { SessionInfo, SystemStatus } from '../../../../shared/contract'
import { call } from '../../api/client'
import { suggestionLedgerPrintPath } from '../printLinks'
import { usePrintModel } from '../usePrintModel'
import { withPrintYear, YearLedgerFrame } from './YearLedgerFrame'

/** `#/print/suggestion-ledger/<year>`: the year's 建言献策台账, A4 landscape. */
export function SuggestionLedgerPrint(props: {
  year: string
  session: SessionInfo
  shell: SystemStatus['shell']
}) {
  return withPrintYear(props.year, (year) => (
    <SuggestionLedgerDocument year={year} shell={props.shell} />
  ))
}

function SuggestionLedgerDocument(props: { year: number; shell: SystemStatus['shell'] }) {
  const route = suggestionLedgerPrintPath(props.year)
  const state = usePrintModel(route, () => call('suggestions.ledger', { year: props.year }))
  return (
    <YearLedgerFrame
      state={state}
      kind="suggestionLedger"
      route={route}
      year={props.year}
      shell={props.shell}
      backPath="/suggestions"
    />
  )
}
