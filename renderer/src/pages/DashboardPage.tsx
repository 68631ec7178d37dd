import { useCallback } from 'react'
import { Col, Row, Typography } from 'antd'
import type { Dashboard, SessionInfo, UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { call } from '../api/client'
import { useLoaded } from '../api/useLoaded'
import { ImportsCard, QualityCard, UpcomingCard } from './dashboard/DashboardLists'
import { DeadlineCard } from './dashboard/DeadlineCard'
import { FigureCard } from './dashboard/FigureCard'
import { listOpeners, type ListOpeners } from './dashboard/openLists'
import { ReturnedReports } from './dashboard/ReturnedReports'
import { FirstLoad } from './FirstLoad'
import { PageTitle } from './PageTitle'

const txt = t.dashboardUi

/**
 * 工作台: where things stand this year. Every figure is an indicator of the statistics
 * engine (the same as the reports) and opens the list it counts.
 */
export function DashboardPage({ unit, session }: { unit: UnitInfo; session: SessionInfo }) {
  const load = useCallback(() => call('statistics.dashboard', {}) as Promise<Dashboard | null>, [])
  const { data, loading, reload } = useLoaded(load, null)

  return (
    <>
      <PageTitle>{t.dashboard.welcome(session.displayName)}</PageTitle>
      <Typography.Paragraph type="secondary">
        {t.dashboard.unitLine(
          unit.name,
          t.common.unitLevels[unit.level] ?? unit.level,
          t.common.roles[session.role] ?? session.role,
        )}
      </Typography.Paragraph>
      <DeadlineCard />
      <ReturnedReports />
      <FirstLoad
        hasData={!!data}
        loading={loading}
        failedTitle={txt.loadFailed}
        onRetry={() => void reload()}
      />
      {data && <DashboardBody d={data} open={listOpeners(session.userId)} />}
    </>
  )
}

function DashboardBody({ d, open }: { d: Dashboard; open: ListOpeners }) {
  const v = d.thisYear.values
  const last = d.lastYear.values
  const suggestionsOff = d.thisYear.unavailable.includes('suggestions')
  const f = txt.figures
  const cards = [
    {
      title: f.total,
      id: 'persons.total',
      note: txt.netChange(v['persons.netChange'] ?? 0),
      open: open.registered,
    },
    {
      title: f.added,
      id: 'persons.added',
      note: txt.vsLastYear(last['persons.added'] ?? 0),
      open: () => open.recorded(d.year),
    },
    { title: f.representatives, id: 'persons.team.1', open: open.representatives },
    {
      title: f.activities,
      id: 'activities.count',
      note: txt.vsLastYear(last['activities.count'] ?? 0),
      open: () => open.heldActivities(d.year),
    },
    {
      title: f.attendance,
      id: 'activities.attendance',
      note: txt.vsLastYear(last['activities.attendance'] ?? 0),
      open: () => open.heldActivities(d.year),
    },
    {
      title: f.trainings,
      id: 'trainings.count',
      note: txt.vsLastYear(last['trainings.count'] ?? 0),
      open: () => open.trainings(d.year),
    },
    {
      title: f.trainingAttendance,
      id: 'trainings.attendance',
      note: txt.vsLastYear(last['trainings.attendance'] ?? 0),
      open: () => open.trainings(d.year),
    },
    {
      title: f.suggestionsAdopted,
      id: 'suggestions.adopted',
      note: suggestionsOff ? txt.notInUse : txt.vsLastYear(last['suggestions.adopted'] ?? 0),
    },
  ]
  return (
    <>
      <Typography.Title level={5}>{txt.figuresTitle(d.year)}</Typography.Title>
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.id} xs={12} md={8} xl={6}>
            <FigureCard
              title={c.title}
              indicator={c.id}
              value={v[c.id] ?? 0}
              note={c.note}
              {...(c.open ? { onOpen: c.open } : {})}
            />
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={8}>
          <UpcomingCard items={d.upcoming} />
        </Col>
        <Col xs={24} lg={8}>
          <ImportsCard items={d.recentImports} />
        </Col>
        <Col xs={24} lg={8}>
          <QualityCard counts={d.quality} onOpen={open.quality} />
        </Col>
      </Row>
    </>
  )
}
