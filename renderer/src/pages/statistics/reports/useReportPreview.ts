import { App } from 'antd'
import { useEffect, useState } from 'react'
import type { ComputedReport } from '../../../../../shared/reports/report'
import type { ReportTemplateSpec } from '../../../../../shared/reports/template'
import { periodText, type Period } from '../../../../../shared/statistics/period'
import { call } from '../../../api/client'
import { errorText } from '../../../forms/serverIssues'

/**
 * The draft filled with the period's figures, recomputed as it is edited. Only the answer to
 * the latest draft is kept: a slower answer to an older one never overwrites it. The last
 * report stays on screen while the next is computed.
 */
export function useReportPreview(
  spec: ReportTemplateSpec | null,
  period: Period,
  units: string[] | undefined,
) {
  const { message } = App.useApp()
  const computable = spec !== null && spec.rows.some((r) => r.kind === 'indicator')
  const key = computable ? `${periodText(period)}|${units ?? ''}|${JSON.stringify(spec)}` : ''
  const [state, setState] = useState<{ key: string; report: ComputedReport | null }>({
    key: '',
    report: null,
  })
  useEffect(() => {
    if (!key || !spec) return
    let current = true
    call('reports.compute', { draft: spec, period, ...(units ? { units } : {}) }).then(
      (report) => current && setState({ key, report }),
      (e: unknown) => current && message.error(errorText(e)),
    )
    return () => {
      current = false
    }
    // `key` stands for the draft, the period and the units.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return { report: key ? state.report : null, loading: key !== '' && state.key !== key }
}
