import type { ReactNode } from 'react'
import { Alert } from 'antd'
import type { SystemStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { PrintFrame } from '../PrintFrame'
import type { PrintJob } from '../printActions'
import { TableSheet, type TableDoc, type TablePage } from '../sheets/TableSheet'
import type { ModelState } from '../usePrintModel'

/** The year in a ledger's print route, or a plain error for one no ledger can have. */
export function withPrintYear(raw: string, render: (year: number) => ReactNode): ReactNode {
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN
  if (!(year >= 1949 && year <= 2999)) {
    return <Alert type="error" showIcon title={t.print.badYear} style={{ margin: 48 }} />
  }
  return render(year)
}

type YearLedger = TableDoc & {
  title: string
  pages: readonly (TablePage & { number: number })[]
  totalRow: readonly string[]
}

/** A year's ledger on A4 landscape: masked, its 合计 row under the last page's table. */
export function YearLedgerFrame<T extends YearLedger>(props: {
  state: ModelState<T>
  kind: PrintJob['kind']
  route: string
  year: number
  shell: SystemStatus['shell']
  backPath: string
  options?: ReactNode
}) {
  const ledger = props.state.status === 'ready' ? props.state.model : null
  return (
    <PrintFrame
      state={props.state}
      shell={props.shell}
      orientation="landscape"
      backPath={props.backPath}
      job={
        ledger && {
          kind: props.kind,
          route: props.route,
          landscape: true,
          title: ledger.title,
          pages: ledger.pages.length,
          masked: true,
          objectId: String(props.year),
        }
      }
      options={props.options}
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
