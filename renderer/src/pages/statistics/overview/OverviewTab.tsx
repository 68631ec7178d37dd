import { useCallback, useMemo, useState } from 'react'
import { Col, Row, Space, Spin, Typography } from 'antd'
import type { SessionInfo } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { periodText } from '../../../../../shared/statistics/period'
import { localToday } from '../../../../../shared/dates/calendar'
import { call } from '../../../api/client'
import { useLoaded } from '../../../api/useLoaded'
import { listOpeners } from '../../dashboard/openLists'
import { useDictionaries } from '../../persons/common/dictionaryStore'
import { FirstLoad } from '../../FirstLoad'
import { ChartCard } from '../charts/ChartCard'
import { categoryChart } from './categoryChart'
import { funnelChart } from './funnelChart'
import { monthsChart } from './monthsChart'
import { OVERVIEW_INDICATORS, type OverviewData } from './overviewData'
import { choicePeriod, defaultChoice, PeriodPicker, type PeriodChoice } from './PeriodPicker'
import { pyramidChart } from './pyramidChart'
import { townshipChart } from './townshipChart'

const txt = t.statisticsUi

/**
 * 概览: the register's make-up and the period's work as charts. Every number is the
 * engine's (statistics.indicators and statistics.breakdowns); this page only draws them.
 */
export function OverviewTab({
  session,
  units,
}: {
  session: SessionInfo
  units: string[] | undefined
}) {
  const today = localToday()
  const [choice, setChoice] = useState<PeriodChoice>(() => defaultChoice(today))
  const period = choicePeriod(choice)
  const { from, to } = period
  const unitKey = units?.join(',') ?? ''
  const load = useCallback(async (): Promise<OverviewData | null> => {
    const p = { from, to }
    const scope = unitKey ? { units: unitKey.split(',') } : {}
    const [report, breakdowns] = await Promise.all([
      call('statistics.indicators', { period: p, ids: OVERVIEW_INDICATORS, ...scope }),
      call('statistics.breakdowns', { period: p, ...scope }),
    ])
    return { report, breakdowns, periodText: periodText(p) }
  }, [from, to, unitKey])
  const { data, loading, reload } = useLoaded(load, null)
  const dict = useDictionaries()
  const open = useMemo(
    () => listOpeners(session.userId, unitKey ? unitKey.split(',') : undefined),
    [session.userId, unitKey],
  )

  const specs = useMemo(() => {
    if (!data) return null
    return {
      categories: categoryChart(data, open.categories),
      townships: townshipChart(data, (code) => dict.name('township', code) ?? code, open.township),
      months: monthsChart(data),
      pyramid: pyramidChart(data),
      funnel: funnelChart(data),
    }
  }, [data, dict, open])
  const line = txt.period.line(from, to)

  return (
    <>
      <Space wrap style={{ marginBottom: 12, justifyContent: 'space-between', width: '100%' }}>
        <PeriodPicker value={choice} onChange={setChoice} thisYear={Number(today.slice(0, 4))} />
        <Typography.Text type="secondary">
          {line}
          {loading && data && <Spin size="small" style={{ marginLeft: 8 }} />}
        </Typography.Text>
      </Space>
      <FirstLoad
        hasData={!!data}
        loading={loading}
        failedTitle={txt.loadFailed}
        onRetry={() => void reload()}
      />
      {specs && (
        <>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            {txt.clickHint}
          </Typography.Paragraph>
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <ChartCard spec={specs.categories} periodLine={line} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard spec={specs.townships} periodLine={line} />
            </Col>
            <Col xs={24}>
              <ChartCard spec={specs.months} periodLine={line} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard spec={specs.pyramid} periodLine={line} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard spec={specs.funnel} periodLine={line} />
            </Col>
          </Row>
        </>
      )}
    </>
  )
}
