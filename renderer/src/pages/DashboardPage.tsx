import { Card, Col, Descriptions, Row, Typography } from 'antd'
import type { SessionInfo, UnitInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { PageTitle } from './PageTitle'

/**
 * Who and where, and what can be done today. No figures until the modules that produce
 * them exist: a number on this page must always be a real one.
 */
export function DashboardPage({ unit, session }: { unit: UnitInfo; session: SessionInfo }) {
  const available =
    session.role === 'admin'
      ? [...t.dashboard.availableForAll, ...t.dashboard.availableForAdmin]
      : t.dashboard.availableForAll

  return (
    <>
      <PageTitle>{t.dashboard.welcome(session.displayName)}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t.dashboard.unitTitle} style={{ height: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t.settings.unit.name}>{unit.name}</Descriptions.Item>
              <Descriptions.Item label={t.settings.unit.code}>{unit.code}</Descriptions.Item>
              <Descriptions.Item label={t.settings.unit.level}>
                {t.common.unitLevels[unit.level]}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t.dashboard.userTitle} style={{ height: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t.auth.displayName}>
                {session.displayName}
              </Descriptions.Item>
              <Descriptions.Item label={t.auth.username}>{session.username}</Descriptions.Item>
              <Descriptions.Item label={t.settings.users.role}>
                {t.common.roles[session.role]}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t.dashboard.availableTitle}>
            <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 2 }}>
              {available.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col span={24}>
          <Card title={t.dashboard.buildingTitle}>
            <Typography.Paragraph style={{ margin: 0 }}>
              {t.dashboard.building}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </>
  )
}
