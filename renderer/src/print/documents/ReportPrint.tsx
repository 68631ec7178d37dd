import { Alert } from 'antd'
import type { SystemStatus } from '../../../../shared/contract'
import type { ReportDocument } from '../../../../shared/documents/yearReport'
import { t } from '../../../../shared/i18n'
import { parsePeriod } from '../../../../shared/statistics/period'
import { call } from '../../api/client'
import { useHashPath } from '../../router/hashRoute'
import { PrintFrame } from '../PrintFrame'
import { lockedReportPrintPath, reportPrintPath } from '../printLinks'
import { hashQuery } from '../printQuery'
import { usePrintModel } from '../usePrintModel'
import { ReportSheets } from './ReportSheets'

/** Where the 年度报表 tab lives until the 统计 page mounts it. */
const BACK_PATH = '/statistics/reports'

/**
 * `#/print/report/<template>/<period>[?unit=<code>]`: a template's report of a period (of
 * one unit at a city or province), A4 portrait.
 */
export function ReportPrint(props: {
  templateId: string
  period: string
  shell: SystemStatus['shell']
}) {
  const unit = hashQuery(useHashPath()).get('unit') || undefined
  const period = parsePeriod(props.period)
  if (!period)
    return <Alert type="error" showIcon title={t.print.notFound} style={{ margin: 48 }} />
  const route = reportPrintPath(props.templateId, props.period, unit)
  const units = unit ? { units: [unit] } : {}
  return (
    <ReportDocumentPrint
      route={route}
      objectId={props.templateId}
      shell={props.shell}
      load={() => call('reports.document', { templateId: props.templateId, period, ...units })}
    />
  )
}

/** `#/print/report/locked/<id>`: a locked report as it was frozen. */
export function LockedReportPrint(props: { lockedId: string; shell: SystemStatus['shell'] }) {
  return (
    <ReportDocumentPrint
      route={lockedReportPrintPath(props.lockedId)}
      objectId={props.lockedId}
      shell={props.shell}
      load={() => call('reports.document', { lockedId: props.lockedId })}
    />
  )
}

function ReportDocumentPrint(props: {
  route: string
  objectId: string
  shell: SystemStatus['shell']
  load: () => Promise<ReportDocument>
}) {
  const state = usePrintModel(props.route, props.load)
  const doc = state.status === 'ready' ? state.model : null
  return (
    <PrintFrame
      state={state}
      shell={props.shell}
      orientation="portrait"
      backPath={BACK_PATH}
      job={
        doc && {
          kind: 'yearReport',
          route: props.route,
          landscape: false,
          title: doc.title,
          pages: doc.pages.length,
          masked: true,
          objectId: props.objectId,
        }
      }
    >
      {doc && <ReportSheets doc={doc} />}
    </PrintFrame>
  )
}
