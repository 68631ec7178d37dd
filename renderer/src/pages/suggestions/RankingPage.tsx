import { useCallback, useState } from 'react'
import { Alert, App, Button, Card, Col, Row, Select, Space, Table, Typography } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import type { ScoreBoard, ScoreRow, SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { call } from '../../api/client'
import { useLoaded } from '../../api/useLoaded'
import { errorText } from '../../forms/serverIssues'
import { PageTitle } from '../PageTitle'
import { recentYears } from '../../lists/yearOptions'
import { isAdmin } from '../persons/common/access'

const txt = t.suggestionsUi.ranking
const EMPTY: ScoreBoard = {
  year: null,
  persons: [],
  organizations: [],
  figures: {
    submitted: 0,
    adopted: 0,
    adoptedByLevel: { county: 0, city: 0, province: 0, national: 0 },
    withInstruction: 0,
    points: 0,
  },
  locked: null,
}

/** `#/suggestions/ranking`: persons and employers by points in a year; an admin locks a year. */
export function RankingPage({ session }: { session: SessionInfo }) {
  const { message, modal } = App.useApp()
  const thisYear = new Date().getFullYear()
  const [year, setYear] = useState(thisYear)
  const fetcher = useCallback(() => call('suggestions.scores', { year }), [year])
  const { data, reload } = useLoaded(fetcher, EMPTY)
  const rank = (_: unknown, __: unknown, i: number) => i + 1

  function lock() {
    modal.confirm({
      title: txt.lockConfirm(year),
      content: txt.lockDetail,
      async onOk() {
        try {
          await call('suggestions.lockYear', { year })
          await reload()
        } catch (e) {
          message.error(errorText(e))
        }
      },
    })
  }
  const f = data.locked?.figures ?? data.figures
  return (
    <div style={{ maxWidth: 1200 }}>
      <PageTitle
        extra={
          <Space>
            <Select
              aria-label={t.suggestionsUi.list.yearLabel}
              value={year}
              onChange={setYear}
              options={recentYears(thisYear).map((y) => ({
                value: y,
                label: t.suggestionsUi.list.year(y),
              }))}
            />
            {isAdmin(session) && !data.locked && (
              <Button icon={<LockOutlined />} onClick={lock}>
                {txt.lock(year)}
              </Button>
            )}
          </Space>
        }
      >
        {txt.title}
      </PageTitle>
      {data.locked && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={txt.locked(data.locked.ruleVersion, data.locked.lockedAt.slice(0, 10))}
        />
      )}
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Text strong data-testid="ranking-figures">
          {txt.figures(f)}
        </Typography.Text>
        <br />
        <Typography.Text type="secondary">{txt.byLevel(f.adoptedByLevel)}</Typography.Text>
      </Card>
      <Row gutter={12}>
        <Col span={14}>
          <Card size="small" title={txt.persons}>
            <Table<ScoreRow>
              size="small"
              rowKey={(r) => r.personId ?? `${r.name}|${r.employer ?? ''}`}
              dataSource={data.persons}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: txt.rank, key: 'rank', width: 60, render: rank },
                { title: txt.name, dataIndex: 'name' },
                { title: txt.employer, dataIndex: 'employer' },
                { title: txt.count, dataIndex: 'count', width: 70, align: 'right' },
                { title: txt.score, dataIndex: 'score', width: 70, align: 'right' },
              ]}
            />
          </Card>
        </Col>
        <Col span={10}>
          <Card size="small" title={txt.organizations}>
            <Table
              size="small"
              rowKey="employer"
              dataSource={data.organizations}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              columns={[
                { title: txt.rank, key: 'rank', width: 60, render: rank },
                { title: txt.employer, dataIndex: 'employer' },
                { title: txt.count, dataIndex: 'count', width: 70, align: 'right' },
                { title: txt.score, dataIndex: 'score', width: 70, align: 'right' },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  )
}
